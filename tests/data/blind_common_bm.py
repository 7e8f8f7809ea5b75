"""The entity table and entity-id names shared by the three builders of one blind batch
(extract_test_bk, extract_test_bl, extract_test_bm)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_tables import entity_table  # noqa: E402

E = entity_table(
    "KNOWN", "EXTRA", "MP", "QT", "UW", "XZ", "AC", "AF", "AI", "AL", "AO", "AR", "AU",
    "AX", "BA", "BD", "BG", "BM"
)

Q, S = "person:esmail-qaani", "person:qasem-soleimani"
M, K = "person:abu-mahdi-al-muhandis", "person:mustafa-al-kadhimi"
SUD, KHAM = "person:mohammed-shia-al-sudani", "person:ali-khamenei"
QF, IRGC, US = "organization:quds-force", "organization:irgc", "country:united-states"
AA, ARQ = "person:hossein-amir-abdollahian", "person:abbas-araghchi"
BKANI, RAISI = "person:ali-bagheri-kani", "person:ebrahim-raisi"
MOK, PEZ = "person:mohammad-mokhber", "person:masoud-pezeshkian"
NAS, HS, NQ = "person:hassan-nasrallah", "person:hashem-safieddine", "person:naim-qassem"
HAN, SIN, HAY = "person:ismail-haniyeh", "person:yahya-sinwar", "person:khalil-al-hayya"
ISR, IDF = "country:israel", "organization:israel-defense-forces"
HEZ, HAMAS = "organization:hezbollah", "organization:hamas"
MIK, BERRI = "person:najib-mikati", "person:nabih-berri"
ASSAD, TAMIM = "person:bashar-al-assad", "person:tamim-bin-hamad-al-thani"
MBAT = "person:mohammed-bin-abdulrahman-al-thani"
NIL = "person:abbas-nilforoushan"
