"""Pure Python rules of the method: no Qt, no SQLAlchemy."""
