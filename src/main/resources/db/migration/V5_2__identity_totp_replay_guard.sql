-- The last TOTP time step an account used: a code is accepted once, never replayed within its window.
ALTER TABLE identity_staff_user ADD COLUMN totp_last_step BIGINT;
