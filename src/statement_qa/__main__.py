"""`python -m statement_qa` runs the CLI."""

from statement_qa.cli import main

raise SystemExit(main())
