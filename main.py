"""Start the reception desk: `python main.py [--db PATH] [command ...]`."""

from desk.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
