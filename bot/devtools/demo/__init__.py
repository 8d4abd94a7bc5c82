"""``lectern demo``: a member's terminal session in a demo server, against the fake Discord.

``world.py`` starts the fake and the real bot process; ``session.py`` turns typed lines into
what a member does on Discord; ``commands.py`` reads typed slash commands; ``cards.py`` draws
messages; ``repl.py`` is the terminal loop.
"""
