"""The blind sets of sessions 59 (ME-ML), 60 (MM-MT), 61 (MU-NB), 62 (NC-NJ), 63 (NK-NR), 64 (NS-NZ), 65 (OA-OJ, OK-OR), 66 (OS-PH), 67 (PI-QL), 68 (QM-RP), 69 (RQ-SR), 70 (SS-TL), 71 (TM-UF) and 72 (UG-UY), written and annotated blind,
measured once on their session's start code, then read, are dev batches the scorer's benches may
train on: each session's sit after the session before's, and none is a sealed folder."""

import pytest

from tests.unit.bench_scripts import load_bench

BLIND_SETS = [  # (the session's batches, the last batch of the session before)
    (("ME MF", "MG MH", "MI MJ", "MK ML"), "LX LY"),
    (("MM MN", "MO MP", "MQ MR", "MS MT"), "MK ML"),
    (("MU MV", "MW MX", "MY MZ", "NA NB"), "MS MT"),
    (("NC ND", "NE NF", "NG NH", "NI NJ"), "NA NB"),
    (("NK NL", "NM NN", "NO NP", "NQ NR"), "NI NJ"),
    (("NS NT", "NU NV", "NW NX", "NY NZ"), "NQ NR"),
    (("OA OB", "OC OD", "OE OF", "OG OH", "OI OJ"), "NY NZ"),
    (("OK OL", "OM ON", "OO OP", "OQ OR"), "OI OJ"),
    (("OS OT", "OU OV", "OW OX", "OY OZ", "PA PB", "PC PD", "PE PF", "PG PH"), "OQ OR"),
    (("PI PJ", "PK PL", "PM PN", "PO PP", "PQ PR", "PS PT", "PU PV", "PW PX", "PY PZ", "QA QB", "QC QD", "QE QF", "QG QH", "QI QJ", "QK QL"), "PG PH"),
    (("QM QN", "QO QP", "QQ QR", "QU QV", "QW QX", "QY QZ", "RA RB", "RC RD", "RE RF", "RG RH", "RI RJ", "RK RL", "RM RN", "RO RP"), "QK QL"),
    (("RQ RR", "RS RT", "RU RV", "RW RX", "RY RZ", "SA SB", "SC SD", "SE SF", "SG SH", "SI SJ", "SK SL", "SM SN", "SO SP", "SQ SR"), "RO RP"),
    (("SS ST", "SU SV", "SW SX", "SY SZ", "TA TB", "TC TD", "TE TF", "TG TH", "TI TJ", "TK TL"), "SQ SR"),
    (("TM TN", "TO TP", "TQ TR", "TS TT", "TU TV", "TW TX", "TY TZ", "UA UB", "UC UD", "UE UF"), "TK TL"),
    (("UG UH", "UI UJ", "UK UL", "UM UN", "UO UP", "UQ UR", "US UT", "UU UV", "UX UY"), "UE UF"),
]


@pytest.mark.parametrize(("batches", "before"), BLIND_SETS)
def test_blind_sets_are_dev_batches_and_not_sealed(batches, before):
    data = load_bench("scorer_training_data")
    order = list(data.DEV_BATCHES)
    for batch in batches:
        assert data.DEV_BATCHES[batch] == [f"extract_test_{x}" for x in batch.lower().split()]
        assert order.index(batch) > order.index(before)
        for folder in data.DEV_BATCHES[batch]:
            assert folder not in data.FORBIDDEN
