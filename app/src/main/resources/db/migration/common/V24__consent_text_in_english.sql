-- Issue 21: the English application form showed the Danish consent text. One version has both texts: the applicant
-- consents to the version, in the language of the form. body_en is empty where no translation was given (the form
-- then shows the Danish text).
ALTER TABLE consent_text ADD COLUMN body_en VARCHAR(10000);

UPDATE consent_text SET body_en =
  'I consent to my information and documents being processed for the purpose of this recruitment. The information is deleted no later than 6 months after the position has been filled, unless I consent to something else. I can withdraw my application at any time.'
WHERE version = 1;
