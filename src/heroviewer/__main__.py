from heroviewer.cli import main

if __name__ == "__main__":  # a helper process (heroviewer.offload) imports this module too
    raise SystemExit(main())
