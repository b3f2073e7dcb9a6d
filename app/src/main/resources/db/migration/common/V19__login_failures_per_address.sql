-- Failed logins counted per account name and client address (security review L2): a lock-out stops whoever
-- guesses from that address, not the account's owner logging in from another one, and an address that guesses at
-- many names is held back as a whole. Unknown names are counted the same way, so the answers reveal nothing.
CREATE TABLE login_failure (
    username        VARCHAR(200) NOT NULL,
    address         VARCHAR(64)  NOT NULL,
    failures        INT          NOT NULL,
    last_failed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (username, address)
);
CREATE INDEX login_failure_address ON login_failure (address, last_failed_at);
