"""The entity table and entity-id names shared by the three builders of one blind batch
(extract_test_bt, extract_test_bu, extract_test_bv)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_tables import entity_table  # noqa: E402

E = entity_table(
    "KNOWN", "EXTRA", "MP", "QT", "UW", "XZ", "AC", "AF", "AI", "AL", "AO", "AR", "AU",
    "AX", "BA", "BD", "BG", "BV"
)

Q, S, K = "person:esmail-qaani", "person:qasem-soleimani", "person:mustafa-al-kadhimi"
M, AAM = "person:abu-mahdi-al-muhandis", "person:adil-abdul-mahdi"
QF, IRGC, US = "organization:quds-force", "organization:irgc", "country:united-states"
PMF, T = "organization:popular-mobilization-forces", "person:donald-trump"
KH = "organization:kataib-hezbollah"
SUD = "person:mohammed-shia-al-sudani"
USAF = "organization:us-armed-forces"
IRQ, IRN = "country:iraq", "country:iran"
GOV = "organization:iraqi-government"
BGD = "location:baghdad"
