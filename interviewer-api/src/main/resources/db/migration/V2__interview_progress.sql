-- What a live interview must find again after a dropped connection or a restart, beyond the questions and answers:
-- the session's pace, how many times a question was asked (1 + retries; the deadline column then holds the latest
-- ask's), and whether the follow-up on a question was offered or declined.

ALTER TABLE interview_sessions ADD COLUMN pace VARCHAR(16) DEFAULT 'auto' NOT NULL;

ALTER TABLE asked_questions ADD COLUMN asks INTEGER DEFAULT 1 NOT NULL;

ALTER TABLE asked_questions ADD COLUMN follow_up VARCHAR(16);
