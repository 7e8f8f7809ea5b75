"""Shared imports for blind sets BH..BJ (entity tables only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_tables import entity_table  # noqa: E402

E = entity_table(
    "KNOWN", "EXTRA", "MP", "QT", "UW", "XZ", "AC", "AF", "AI", "AL", "AO", "AR", "AU",
    "AX", "BA", "BD", "BG", "BJ"
)

Q, S, K = "person:esmail-qaani", "person:qasem-soleimani", "person:mustafa-al-kadhimi"
M, AAM = "person:abu-mahdi-al-muhandis", "person:adil-abdul-mahdi"
QF, IRGC, US = "organization:quds-force", "organization:irgc", "country:united-states"
PMF, T = "organization:popular-mobilization-forces", "person:donald-trump"
KH, AAH = "organization:kataib-hezbollah", "organization:asaib-ahl-al-haq"
FAY, FADAK = "person:falih-al-fayyadh", "person:abdul-aziz-al-muhammadawi"
AMI, KHZ, MAL = "person:hadi-al-amiri", "person:qais-al-khazali", "person:nouri-al-maliki"
SADR, HAL = "person:muqtada-al-sadr", "person:mohammed-al-halbousi"
CF, SOL, FAT = ("organization:coordination-framework", "organization:state-of-law-coalition",
                "organization:fatah-alliance")
BADR, HEZ, NAS = "organization:badr-organization", "organization:hezbollah", "person:hassan-nasrallah"
NECH, MAS, KDP = "person:nechirvan-barzani", "person:masoud-barzani", "organization:kurdistan-democratic-party"
SAL, PARL = "person:barham-salih", "organization:iraqi-parliament"
BGD = "location:baghdad"
