"""The entity table and entity-id names shared by the three builders of one blind batch
(extract_test_bw, extract_test_bx, extract_test_by)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_tables import entity_table  # noqa: E402

E = entity_table(
    "KNOWN", "EXTRA", "MP", "QT", "UW", "XZ", "AC", "AF", "AI", "AL", "AO", "AR", "AU",
    "AX", "BA", "BD", "BG", "BJ", "BM", "BP", "BS", "BV", "BY"
)

Q, S, M = "person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
K, AAM, SUD = "person:mustafa-al-kadhimi", "person:adil-abdul-mahdi", "person:mohammed-shia-al-sudani"
FAY, AMI = "person:falih-al-fayyadh", "person:hadi-al-amiri"
US, IRAN, IRAQ = "country:united-states", "country:iran", "country:iraq"
PMF, KH = "organization:popular-mobilization-forces", "organization:kataib-hezbollah"
GOV, IS = "organization:iraqi-government", "organization:islamic-state"
CENT, USAF = "organization:us-central-command", "organization:us-armed-forces"
T = "person:donald-trump"
