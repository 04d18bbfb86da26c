from heroviewer.cli import main

raise SystemExit(main())
