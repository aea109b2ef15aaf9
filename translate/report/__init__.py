"""The review report: a static site of every article side by side, names highlighted.

`site` reads the project and writes the site, `pages` says what each page shows, `marks` what is
highlighted in a sentence, `render` turns it into HTML with the Jinja2 templates in `templates/`.
"""
