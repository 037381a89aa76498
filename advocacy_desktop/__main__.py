"""`python -m advocacy_desktop [CATALOGUE]` opens the GUI, like `advocacy-desktop`."""

from advocacy_desktop.app import main

raise SystemExit(main())
