-- An OIDC link is the provider's (issuer, subject), not the subject alone: a subject is unique only within its
-- issuer, so another provider (or tenant) could send the same one. Links made before have no issuer; Rekrut records
-- it at that user's next login while a single provider is configured (UserAccounts.forOidcLogin, docs/operations.md).
ALTER TABLE app_user ADD COLUMN oidc_issuer VARCHAR(500);
ALTER TABLE app_user DROP CONSTRAINT app_user_oidc_subject_key;
ALTER TABLE app_user ADD CONSTRAINT app_user_oidc_identity UNIQUE (oidc_issuer, oidc_subject);
