"""Two-factor sign-in for the roles that see the most (django-otp underneath).

When `REQUIRE_TWO_FACTOR` is on, superusers and the roles in `TWO_FACTOR_ROLES` give a
time-based one-time code (TOTP) from an authenticator app after their password, or one of ten
single-use recovery codes. `middleware.py` enforces it on the site and the Wagtail admin alike,
`views.py` holds the set-up and verify pages, `services.py` the rules, and an administrator
resets a lost device with `reset_two_factor USERNAME` or from the admin's user list.
"""
