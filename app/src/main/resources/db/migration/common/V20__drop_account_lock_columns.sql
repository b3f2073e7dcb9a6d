-- Login throttling moved to login_failure (V19: per name and client address), so a stranger can no longer lock a
-- real user out. The old per-account counter and lock were no longer read; they go so no one relies on them again.
ALTER TABLE app_user DROP COLUMN failed_logins;
ALTER TABLE app_user DROP COLUMN locked_until;
