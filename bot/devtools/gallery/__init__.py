"""The screenshot gallery: every command's replies as a member sees them (``make gallery``).

``scenes.py`` drives the real bot through the fake Discord and keeps the payloads;
``html.py`` draws them close to Discord's look; ``__main__.py`` writes the pages and takes
headless Chromium screenshots of them. Look at them before calling a reply change done.
"""
