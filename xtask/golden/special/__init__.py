"""The sci-special golden families (one module per family)."""
