"""One module per family of `factpipe` commands; `pipeline.cli` assembles them."""
