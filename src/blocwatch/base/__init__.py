"""The base layer: what several stages share and no stage owns. Partial dates
(:mod:`.dates`), chunked IN-lists (:mod:`.chunks`) and the actor lexicon
(:mod:`.lexicon`). It imports no stage; every stage may import it."""
