"""Rasa input/output channels of our own (referenced by module path in credentials.yml)."""
