"""Sphinx configuration for the kjrel documentation."""

from importlib.metadata import version as _version

project = "kjrel"
author = "kjrel developers"
copyright = "2026, kjrel developers"
release = _version("kjrel")
version = release

extensions = ["sphinx.ext.autodoc", "sphinx.ext.viewcode"]
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_default_options = {"members": True, "show-inheritance": True}
autoclass_content = "class"
nitpicky = True
# The network is not reachable at build time, so no intersphinx: references
# to the standard library and to attrs/cattrs/hypothesis stay plain text.
nitpick_ignore_regex = [
    (r"py:.*", r"(datetime|dt|attrs|attr|cattrs|re|collections|typing|enum|pathlib|argparse"
               r"|hypothesis|io|json|os|dateutil|fractions)(\..*)?"),
    (r"py:.*", r"(date|Path|TextIO|Any|Iterable|Iterator|Sequence|Mapping|Callable"
               r"|SearchStrategy|Converter|Attribute|Pattern|T|_T|Self|NoneType"
               r"|Enum|ValueError|Exception|st\.SearchStrategy|kjrel\.serialize\.T)"),
    # private records of a stage named in a public signature
    (r"py:class", r"kjrel\.pipeline\.\w+\._\w+"),
    # the type variable of a generic record (kjrel.merge.Merged)
    (r"py:(class|obj)", r"kjrel\.\w+\._[A-Z]"),
]
exclude_patterns = ["_build"]
html_theme = "alabaster"
