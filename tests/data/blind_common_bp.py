"""The entity table and entity-id names shared by the three builders of one blind batch
(extract_heldout50, extract_heldout51, extract_heldout52)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_tables import entity_table  # noqa: E402

E = entity_table(
    "KNOWN", "EXTRA", "MP", "QT", "UW", "XZ", "AC", "AF", "AI", "AL", "AO", "AR", "AU",
    "AX", "BA", "BD", "BG", "BP"
)

Q, S, K = "person:esmail-qaani", "person:qasem-soleimani", "person:mustafa-al-kadhimi"
M, T, BID = "person:abu-mahdi-al-muhandis", "person:donald-trump", "person:joe-biden"
QF, IRGC, US = "organization:quds-force", "organization:irgc", "country:united-states"
USAF, CENTCOM = "organization:us-armed-forces", "organization:us-central-command"
PMF, KH = "organization:popular-mobilization-forces", "organization:kataib-hezbollah"
NUJ, AAH = "organization:harakat-al-nujaba", "organization:asaib-ahl-al-haq"
BADR = "organization:badr-organization"
FAY, FADAK = "person:falih-al-fayyadh", "person:abdul-aziz-al-muhammadawi"
SUD, ARAJI = "person:mohammed-shia-al-sudani", "person:qassim-al-araji"
ABQ, ABT = "person:abu-baqir-al-saadi", "person:mushtaq-taleb-al-saidi"
ROM, SADEGH = "person:alina-romanowski", "person:mohammad-kazem-al-e-sadegh"
NECH, MASR, BAFEL = "person:nechirvan-barzani", "person:masrour-barzani", "person:bafel-talabani"
KRG, KREG = "organization:kurdistan-regional-government", "location:kurdistan-region"
COAL, BGD, ERB = "organization:international-coalition", "location:baghdad", "location:erbil"
