"""English headline verbs in Title Case are no name words (session 25).

Agencies and their English services write headlines in Title Case: "Yemeni President
Transfers Powers to Presidential Leadership Council", "Crown Prince Receives Yemeni
President", "Defense Minister Appoints New Army Chief". After a title the capitalised run was
read as the holder's name ("Transfers Powers", "Receives Yemeni"). A word of this list, the
present tense of the verbs headlines use, ends a capitalised run (`mention_runs_en._cap_run`);
family names of that shape ("Waters", "Rogers", "Gates") are not in it. Running text writes
the verbs in lower case, so only headlines and Title Case lines meet it.
"""

from __future__ import annotations

HEADLINE_VERBS_EN = frozenset({
    "receives", "meets", "holds", "hosts", "welcomes", "visits", "arrives", "departs",
    "transfers", "appoints", "names", "nominates", "swears", "replaces", "succeeds", "resigns",
    "discusses", "reviews", "signs", "launches", "announces", "condemns", "praises", "urges",
    "calls", "says", "sends", "congratulates", "chairs", "heads", "leads",
    "inaugurates", "opens", "attends", "dismisses", "sacks", "fires", "warns", "vows", "pledges",
    "affirms", "stresses", "reiterates", "briefs", "phones", "thanks", "accepts", "rejects",
    "denies", "confirms", "issues", "orders", "decrees", "approves", "concludes", "begins",
    "starts", "ends", "wraps", "kills",
    # session 50: "Iraq's Shiite Alliance Weighs Whether to Give Sudani a Second Term" (the
    # run was a body "Shiite Alliance Weighs Whether" and a person "Give Sudani")
    "weighs", "considers", "seeks", "eyes", "backs", "blocks", "give", "gives", "grant",
    "grants", "whether",
})
