"""Model data shipped with govreport_nlp (no code; see scripts/ for how each file is built)."""
