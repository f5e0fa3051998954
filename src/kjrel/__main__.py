"""Run the kjrel command line: ``python -m kjrel``."""

from kjrel.cli import main

raise SystemExit(main())
