-- The unit's watch of providers' overdue first contacts reads only open referrals not yet contacted, by deadline:
-- a small partial index instead of a scan of every referral.
CREATE INDEX services_referral_first_contact_watch_idx ON services_referral (first_contact_due)
    WHERE first_contacted_at IS NULL AND state IN ('SENT', 'ACCEPTED');
