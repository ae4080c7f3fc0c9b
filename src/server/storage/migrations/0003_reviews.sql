CREATE TABLE "reviews" (
	"id" text PRIMARY KEY NOT NULL,
	"card_id" text NOT NULL,
	"vote" integer NOT NULL,
	"reviewed_at" timestamp with time zone NOT NULL
);
