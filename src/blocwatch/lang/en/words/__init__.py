"""English word lists of the fact readers, one module per reader module of ``extract/``
(the words moved out of the rules; the rules say what each list is for)."""
