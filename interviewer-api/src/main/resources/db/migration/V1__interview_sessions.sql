-- Runs on H2 and PostgreSQL alike: only types and syntax both accept. One statement per ';' at a line end.

CREATE TABLE users (
    id UUID PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    token_hash VARCHAR(64) NOT NULL UNIQUE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE interview_sessions (
    id UUID PRIMARY KEY,
    user_id UUID NOT NULL REFERENCES users (id),
    mode VARCHAR(16) NOT NULL CHECK (mode IN ('practice', 'exam')),
    grader VARCHAR(32) NOT NULL,
    seed BIGINT,
    question_ids VARCHAR NOT NULL,
    current_index INTEGER NOT NULL,
    status VARCHAR(16) NOT NULL CHECK (status IN ('active', 'finished', 'abandoned')),
    resume_token_hash VARCHAR(64) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL
);

CREATE INDEX interview_sessions_by_user ON interview_sessions (user_id, created_at);

CREATE TABLE asked_questions (
    session_id UUID NOT NULL REFERENCES interview_sessions (id),
    idx INTEGER NOT NULL,
    question_id VARCHAR(200) NOT NULL,
    topic VARCHAR(100) NOT NULL,
    asked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    deadline TIMESTAMP WITH TIME ZONE NOT NULL,
    status VARCHAR(16) NOT NULL CHECK (status IN ('pending', 'answered', 'skipped', 'timed_out')),
    PRIMARY KEY (session_id, idx),
    UNIQUE (session_id, question_id)
);

CREATE TABLE answers (
    id UUID PRIMARY KEY,
    session_id UUID NOT NULL,
    question_id VARCHAR(200) NOT NULL,
    attempt INTEGER NOT NULL,
    kind VARCHAR(16) NOT NULL CHECK (kind IN ('answer', 'follow_up', 'retry')),
    body VARCHAR NOT NULL,
    late BOOLEAN NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (session_id, question_id, attempt),
    FOREIGN KEY (session_id, question_id) REFERENCES asked_questions (session_id, question_id)
);

-- The durable grading queue: one row per answer without a grade, added with the answer and removed with its
-- grade, each in the same transaction, so the queue is exactly "answers without a grade" and stays small however
-- many answers are kept. A claim is a lease that expires, so a crashed instance's work is picked up again.
CREATE TABLE grading_queue (
    answer_id UUID PRIMARY KEY REFERENCES answers (id),
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_by VARCHAR(100),
    claimed_until TIMESTAMP WITH TIME ZONE
);

CREATE INDEX grading_queue_by_received ON grading_queue (received_at);

CREATE TABLE grades (
    answer_id UUID PRIMARY KEY REFERENCES answers (id),
    result_json VARCHAR NOT NULL,
    grader VARCHAR(32) NOT NULL,
    score DOUBLE PRECISION NOT NULL,
    graded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
