"""Discord cogs, one per command group. Every module here is loaded as an extension."""
