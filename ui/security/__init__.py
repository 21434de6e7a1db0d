"""Signing in, user management and the audit history (the GUI of riverchief.security)."""
