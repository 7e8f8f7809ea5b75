"""Probe: descriptions and pronouns used in place of a name (session 21, ``coref``).

Mini-articles of two to four sentences written for this probe (names of our own choosing:
people of the gazetteers and new people introduced by title), where the sentence of the
relation refers to one or both people by a description ("the Iranian general", "الضيف
التركي"), an office ("the prime minister", "رئيس الحكومة"), a possessive ("his Iraqi
counterpart", "Soleimani's successor", "خليفته"), a pronoun ("He later met", "استقبله",
a dropped Arabic subject) or a plural ("the two men", "الرجلان", "الأخير"); and negatives
where the reference is ambiguous (two generals, two ministers) or names someone the article
does not name, which must produce nothing.

A person of a case is given by a surface of the text (its first occurrence; the entity with a
mention over it) or by a gazetteer id. Prints, per kind of reference, recall over the
expected core relations and the false positives (core relations produced that are neither
expected nor allowed), then the totals. ``-v`` lists the misses and false positives.

    python bench/probe_coref.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from probe_report import RecallTally  # noqa: E402

from loaders.extract.rules import RuleExtractor  # noqa: E402
from tests.extract_support import AB, MW, SO  # noqa: E402

CORE = ("MET_WITH", "SUCCESSOR_OF", "ASSASSINATED_BY")
T = tuple[str, str, str]


QAANI, SOLEIMANI = "person:esmail-qaani", "person:qasem-soleimani"
SUDANI, KHAZALI = "person:mohammed-shia-al-sudani", "person:qais-al-khazali"
FIDAN, HUSSEIN = "person:hakan-fidan", "person:fuad-hussein"
LARIJANI, BERRI, QASSEM = "person:ali-larijani", "person:nabih-berri", "person:naim-qassem"
NECHIRVAN, PEZESHKIAN = "person:nechirvan-barzani", "person:masoud-pezeshkian"
US, ISRAEL = "country:united-states", "country:israel"
ARAGHCHI, SADR = "person:abbas-araghchi", "person:muqtada-al-sadr"
AMIRI = "person:hadi-al-amiri"

# (kind, lang, text, must, allowed)
CASES: list[tuple[str, str, str, list[T], list[T]]] = [
    # --- a description: nationality / rank / role word -------------------------------
    ("description", "en", "Iranian Brigadier General Esmail Qaani arrived in Baghdad on Monday. "
     "The Iranian general met Prime Minister Mohammed Shia al-Sudani at the government palace, "
     "officials said.", [MW(QAANI, SUDANI)], []),
    ("description", "en", "Norwegian Foreign Minister Eirik Solberg landed in Amman on Sunday. "
     "The Norwegian diplomat later met Jordanian Prime Minister Samir Haddadin.",
     [MW("Eirik Solberg", "Samir Haddadin")], []),
    ("description", "en", "Turkish Foreign Minister Hakan Fidan arrived in Baghdad on Wednesday "
     "for a two-day visit. The visiting minister held talks with Iraqi Foreign Minister Fuad "
     "Hussein on water and security.", [MW(FIDAN, HUSSEIN)], []),
    ("description", "en", "Asaib Ahl al-Haq leader Qais al-Khazali returned to Baghdad on Friday. "
     "The militia leader met Esmail Qaani at a villa in the Green Zone, two sources said.",
     [MW(KHAZALI, QAANI)], []),
    ("description", "en", "Former Kenyan President Daniel Kiprono travelled to Addis Ababa on "
     "Tuesday. The former president was received by Ethiopian Prime Minister Tesfaye Bekele.",
     [MW("Daniel Kiprono", "Tesfaye Bekele")], []),
    ("description", "en", "U.N. envoy Marta Lindqvist flew to Sanaa on Monday. The envoy met "
     "Houthi negotiator Abdulmalik Rassam and urged a prisoner swap.",
     [MW("Marta Lindqvist", "Abdulmalik Rassam")], []),
    ("description", "en", "Chadian General Idriss Mahamat arrived in Niamey on Thursday. Niger's "
     "Prime Minister Ali Lamine Zeine received the general at his office.",
     [MW("Idriss Mahamat", "Ali Lamine Zeine")], []),
    ("description", "ar", "وصل قائد فيلق القدس الإيراني إسماعيل قاآني إلى بغداد الاثنين. "
     "والتقى الجنرال الإيراني رئيس الوزراء محمد شياع السوداني في مكتبه.",
     [MW(QAANI, SUDANI)], []),
    ("description", "ar", "وصل وزير الخارجية التركي هاكان فيدان إلى بغداد الأربعاء. واستقبل "
     "رئيس الوزراء محمد شياع السوداني الضيف التركي في مكتبه.", [MW(FIDAN, SUDANI)], []),
    ("description", "ar", "وصل إسماعيل قاآني إلى بغداد مساء الأحد. واجتمع المسؤول العسكري "
     "الإيراني البارز مع الأمين العام لعصائب أهل الحق قيس الخزعلي.", [MW(QAANI, KHAZALI)], []),
    ("description", "ar", "وصل وزير الخارجية النرويجي إيريك سولبرغ إلى عمّان الأحد. والتقى الوزير "
     "النرويجي رئيس الوزراء الأردني سمير حدادين.", [MW("إيريك سولبرغ", "سمير حدادين")], []),
    ("description", "ar", "وصل الجنرال التشادي إدريس محمت إلى نيامي الخميس. واستقبل رئيس وزراء "
     "النيجر عبد الرحمن موسى الجنرال التشادي في مكتبه.", [MW("إدريس محمت", "عبد الرحمن موسى")], []),
    # --- an office held by one person ------------------------------------------------
    ("office", "en", "Iraqi Prime Minister Mohammed Shia al-Sudani flew to Ankara on Tuesday. "
     "There the prime minister met Turkish Foreign Minister Hakan Fidan.",
     [MW(SUDANI, FIDAN)], []),
    ("office", "en", "Ghanaian President Kwame Asante opened the summit in Accra on Monday. "
     "On Tuesday the president received Togolese Foreign Minister Kossi Adjavon.",
     [MW("Kwame Asante", "Kossi Adjavon")], []),
    ("office", "ar", "وصل رئيس الحكومة العراقية محمد شياع السوداني إلى أنقرة الثلاثاء. واجتمع "
     "رئيس الحكومة مع وزير الخارجية التركي هاكان فيدان.", [MW(SUDANI, FIDAN)], []),
    ("office", "ar", "افتتح الرئيس الغاني كوامي أسانتي القمة في أكرا الاثنين. واستقبل الرئيس "
     "الثلاثاء وزير الخارجية التوغولي كوسي أدجافون.", [MW("كوامي أسانتي", "كوسي أدجافون")], []),
    ("office", "ar", "وصل رئيس الحكومة الليبية عبد الحميد الدبيبة إلى روما الخميس. واستقبل "
     "رئيس الحكومة في مقر إقامته وزير الخارجية الإيطالي أنطونيو تاياني.",
     [MW("عبد الحميد الدبيبة", "أنطونيو تاياني")], []),
    ("negative", "ar", "وصل الرئيس العراقي عبد اللطيف رشيد إلى أنقرة الثلاثاء. واجتمع رئيس "
     "الحكومة مع وزير الخارجية التركي هاكان فيدان.", [], []),
    # --- a counterpart named earlier -------------------------------------------------
    ("counterpart", "en", "Iraqi Foreign Minister Fuad Hussein said on Sunday that Baghdad wants "
     "calm on its border. Turkish Foreign Minister Hakan Fidan later met his Iraqi counterpart "
     "in Ankara.", [MW(FIDAN, HUSSEIN)], []),
    ("counterpart", "en", "Omani Foreign Minister Salim al-Harthy arrived in Copenhagen on "
     "Monday. Danish Foreign Minister Lars Kjeldsen received his Omani counterpart at the "
     "ministry.", [MW("Salim al-Harthy", "Lars Kjeldsen")], []),
    ("counterpart", "ar", "قال وزير الخارجية العراقي فؤاد حسين الأحد إن بغداد تريد الهدوء على "
     "حدودها. والتقى وزير الخارجية التركي هاكان فيدان لاحقاً نظيره العراقي في أنقرة.",
     [MW(FIDAN, HUSSEIN)], []),
    ("counterpart", "ar", "وصل وزير الخارجية العُماني سالم الحارثي إلى كوبنهاغن الاثنين. واستقبل "
     "وزير الخارجية الدنماركي لارس كيلدسن نظيره العُماني في مقر الوزارة.",
     [MW("سالم الحارثي", "لارس كيلدسن")], []),
    ("counterpart", "en", "Kenyan Defence Minister Aden Duale flew to Kampala on Sunday. His "
     "Ugandan host, Defence Minister Jacob Oboth, had invited him. On Monday Oboth received his "
     "Kenyan counterpart at the ministry.", [MW("Aden Duale", "Jacob Oboth")], []),
    ("counterpart", "en", "Ghanaian Foreign Minister Ama Mensah arrived in Lome on Friday. "
     "Togolese Foreign Minister Kossi Adjavon welcomed her Ghanaian counterpart at the airport.",
     [MW("Ama Mensah", "Kossi Adjavon")], []),
    ("negative", "en", "Ghanaian President Kwame Asante spoke in Accra on Friday. Togolese "
     "Foreign Minister Kossi Adjavon later met his Ghanaian counterpart in Lome.", [], []),
    # --- a successor / predecessor by possessive ---------------------------------------
    ("successor", "en", "Qasem Soleimani was killed in a U.S. strike in Baghdad in January 2020. "
     "His successor, Esmail Qaani, has since visited the city several times.",
     [SO(QAANI, SOLEIMANI)], [AB(SOLEIMANI, US)]),
    ("successor", "en", "Colonel Idris Mansa led the presidential guard until March. His "
     "successor, Colonel Baba Konate, met the interim president on Monday.",
     [SO("Baba Konate", "Idris Mansa")], []),
    ("successor", "en", "Soleimani's successor met Qais al-Khazali in Baghdad on Monday, two "
     "militia sources said.", [MW(QAANI, KHAZALI)], [SO(QAANI, SOLEIMANI)]),
    ("successor", "ar", "قُتل قاسم سليماني في غارة أميركية في بغداد عام 2020. وزار خليفته "
     "إسماعيل قاآني العاصمة العراقية مرات عدة.", [SO(QAANI, SOLEIMANI)],
     [AB(SOLEIMANI, US)]),
    ("successor", "ar", "وصل خليفة سليماني إلى بغداد الاثنين والتقى قيس الخزعلي، بحسب مصدرين.",
     [MW(QAANI, KHAZALI)], [SO(QAANI, SOLEIMANI)]),
    ("successor", "ar", "قاد العقيد إدريس منسى الحرس الرئاسي حتى آذار. والتقى خليفته العقيد "
     "بابا كوناتي الرئيس المؤقت الاثنين.", [SO("بابا كوناتي", "إدريس منسى")], []),
    # --- a pronoun subject or object of the next sentence ----------------------------
    ("pronoun", "en", "Esmail Qaani arrived in Baghdad on Monday. He later met Qais al-Khazali "
     "at his office.", [MW(QAANI, KHAZALI)], []),
    ("pronoun", "en", "Norwegian Foreign Minister Ingrid Halvorsen arrived in Amman on Sunday. "
     "She was received by Jordanian Prime Minister Samir Haddadin.",
     [MW("Ingrid Halvorsen", "Samir Haddadin")], []),
    ("pronoun", "en", "Hakan Fidan arrived in Baghdad on Tuesday. Prime Minister Mohammed Shia "
     "al-Sudani received him at the government palace.", [MW(FIDAN, SUDANI)], []),
    ("pronoun", "en", "Nechirvan Barzani flew to Tehran on Sunday, where Masoud Pezeshkian "
     "welcomed him.", [MW(NECHIRVAN, PEZESHKIAN)], []),
    ("pronoun", "en", "Malian Defence Minister Sadio Keita arrived in Ouagadougou on Friday. "
     "During the visit he met Burkinabe Prime Minister Jean Ouedraogo.",
     [MW("Sadio Keita", "Jean Ouedraogo")], []),
    ("pronoun", "ar", "وصل وزير الخارجية التركي هاكان فيدان إلى بغداد الثلاثاء في زيارة رسمية. "
     "والتقى خلال زيارته رئيس الوزراء محمد شياع السوداني.", [MW(FIDAN, SUDANI)], []),
    ("pronoun", "ar", "وصل هاكان فيدان إلى بغداد الثلاثاء. واستقبله رئيس الوزراء محمد شياع "
     "السوداني في مكتبه.", [MW(FIDAN, SUDANI)], []),
    ("pronoun", "ar", "وصل قيس الخزعلي إلى طهران الأحد، حيث التقاه إسماعيل قاآني.",
     [MW(KHAZALI, QAANI)], []),
    ("pronoun", "ar", "وصلت وزيرة الخارجية النرويجية إنغريد هالفورسن إلى عمّان الأحد. واستقبلها "
     "رئيس الوزراء الأردني سمير حدادين.", [MW("إنغريد هالفورسن", "سمير حدادين")], []),
    ("pronoun", "ar", "وصل وزير الدفاع المالي موسى كوليبالي إلى واغادوغو الجمعة، والتقى رئيس "
     "الوزراء البوركيني جان ويدراوغو.", [MW("موسى كوليبالي", "جان ويدراوغو")], []),
    # --- the latter / the two men ------------------------------------------------------
    ("plural_latter", "en", "Ali Larijani phoned Nabih Berri on Friday. The latter then met Naim "
     "Qassem in Beirut.", [MW(BERRI, QASSEM)], []),
    ("plural_latter", "en", "Fuad Hussein and Hakan Fidan attended a forum in Antalya on Sunday. "
     "The two men later met on the sidelines.", [MW(HUSSEIN, FIDAN)], []),
    ("plural_latter", "ar", "اتصل علي لاريجاني هاتفياً بنبيه بري الجمعة. والتقى الأخير نعيم "
     "قاسم في بيروت.", [MW(BERRI, QASSEM)], []),
    ("plural_latter", "ar", "حضر فؤاد حسين وهاكان فيدان منتدى أنطاليا الأحد. واجتمع الرجلان على "
     "هامش المنتدى.", [MW(HUSSEIN, FIDAN)], []),
    # --- more descriptions a writer uses: top diplomat, cleric, guest, host, visitor ---------
    ("description", "en", "Iranian Foreign Minister Abbas Araghchi landed in Beirut on Friday. "
     "Iran's top diplomat then met Parliament Speaker Nabih Berri.", [MW(ARAGHCHI, BERRI)], []),
    ("description", "en", "Shiite cleric Muqtada al-Sadr travelled to Erbil on Saturday. The "
     "cleric met Kurdistan Region President Nechirvan Barzani.", [MW(SADR, NECHIRVAN)], []),
    ("description", "en", "Hadi al-Amiri arrived in Tehran on Sunday for a three-day visit. "
     "Masoud Pezeshkian received his guest at the presidential palace.",
     [MW(AMIRI, PEZESHKIAN)], []),
    ("description", "en", "Danish Foreign Minister Lars Kjeldsen reached Muscat on Monday. The "
     "Danish visitor held talks with Omani Foreign Minister Salim al-Harthy.",
     [MW("Lars Kjeldsen", "Salim al-Harthy")], []),
    ("description", "ar", "وصل وزير الخارجية الإيراني عباس عراقجي إلى بيروت الجمعة. والتقى "
     "رئيس الدبلوماسية الإيرانية رئيس مجلس النواب نبيه بري.", [MW(ARAGHCHI, BERRI)], []),
    ("description", "ar", "وصل زعيم التيار الصدري مقتدى الصدر إلى أربيل السبت. واجتمع رجل الدين "
     "الشيعي مع رئيس إقليم كردستان نيجيرفان بارزاني.", [MW(SADR, NECHIRVAN)], []),
    ("description", "ar", "وصل هادي العامري إلى طهران الأحد في زيارة تستغرق ثلاثة أيام. واستقبل "
     "الرئيس مسعود بزشكيان ضيفه في القصر الرئاسي.", [MW(AMIRI, PEZESHKIAN)], []),
    ("description", "ar", "وصل وزير الخارجية الدنماركي لارس كيلدسن إلى مسقط الاثنين. وأجرى "
     "الضيف الدنماركي محادثات مع وزير الخارجية العُماني سالم الحارثي.",
     [MW("لارس كيلدسن", "سالم الحارثي")], []),
    ("description", "en", "Norwegian Foreign Minister Eirik Solberg arrived in Amman on Sunday. "
     "Norway's top diplomat was received by Jordanian Prime Minister Samir Haddadin.",
     [MW("Eirik Solberg", "Samir Haddadin")], []),
    ("negative", "en", "Iranian Foreign Minister Abbas Araghchi landed in Beirut on Friday. "
     "Turkey's top diplomat met Nabih Berri on Saturday.", [], []),
    ("negative", "en", "Qais al-Khazali returned to Baghdad on Friday. Iran's top diplomat met "
     "Mohammed Shia al-Sudani on Saturday.", [], []),
    # --- a pronoun in a succession or a killing ----------------------------------------
    ("pronoun_rel", "en", "General Idris Mansa commanded the presidential guard for six years. "
     "In March he was replaced by Colonel Baba Konate.", [SO("Baba Konate", "Idris Mansa")], []),
    ("pronoun_rel", "en", "Colonel Baba Konate took command of the presidential guard on Monday. "
     "He succeeds General Idris Mansa, who retired.", [SO("Baba Konate", "Idris Mansa")], []),
    ("pronoun_rel", "en", "Hamas official Saleh Arouri lived in Beirut for years. He was killed "
     "by an Israeli drone strike in January.", [AB("Saleh Arouri", ISRAEL)], []),
    ("pronoun_rel", "ar", "قاد اللواء إدريس منسى الحرس الرئاسي ست سنوات. وفي آذار خلفه العقيد "
     "بابا كوناتي.", [SO("بابا كوناتي", "إدريس منسى")], []),
    ("pronoun_rel", "ar", "تسلم العقيد بابا كوناتي قيادة الحرس الرئاسي الاثنين. وهو يخلف اللواء "
     "إدريس منسى الذي تقاعد.", [SO("بابا كوناتي", "إدريس منسى")], []),
    ("pronoun_rel", "ar", "عاش القيادي في حماس صالح العاروري في بيروت سنوات. واغتالته إسرائيل "
     "بغارة بطائرة مسيرة في كانون الثاني.", [AB("صالح العاروري", ISRAEL)], []),
    ("pronoun_rel", "en", "Hamas official Saleh Arouri lived in Beirut for years. Israel killed "
     "the Hamas official in a drone strike in January.", [AB("Saleh Arouri", ISRAEL)], []),
    ("pronoun_rel", "en", "Qasem Soleimani landed at Baghdad airport shortly after midnight. "
     "Minutes later a U.S. drone strike killed the Iranian general.", [AB(SOLEIMANI, US)], []),
    ("pronoun_rel", "ar", "عاش القيادي في حماس صالح العاروري في بيروت سنوات. واغتالت إسرائيل "
     "القيادي في حماس بغارة بطائرة مسيرة.", [AB("صالح العاروري", ISRAEL)], []),
    ("negative", "en", "Hamas officials Saleh Arouri and Zaher Jabarin met in Beirut on Monday. "
     "Israel later killed the Hamas official in a drone strike.", [],
     [MW("Saleh Arouri", "Zaher Jabarin")]),
    # --- negatives: ambiguous or not named in the article -------------------------------
    ("negative", "en", "Iranian General Esmail Qaani and Iranian General Hossein Rezaei arrived "
     "in Baghdad on Monday. The Iranian general met Qais al-Khazali.", [],
     []),
    ("negative", "en", "Turkish Foreign Minister Hakan Fidan and Norwegian Foreign Minister Eirik "
     "Solberg arrived in Baghdad. The minister met Mohammed Shia al-Sudani.", [], []),
    ("negative", "en", "Hakan Fidan arrived in Baghdad on Tuesday. He later spoke by phone with "
     "Mohammed Shia al-Sudani.", [], []),
    ("negative", "en", "Qais al-Khazali returned to Baghdad on Friday. The visiting envoy met "
     "Mohammed Shia al-Sudani, officials said.", [], []),
    ("negative", "ar", "وصل الجنرال الإيراني إسماعيل قاآني والجنرال الإيراني حسين رضائي إلى "
     "بغداد الاثنين. واجتمع الجنرال الإيراني مع قيس الخزعلي.", [], []),
    ("negative", "ar", "أجرى هاكان فيدان اتصالاً هاتفياً مع فؤاد حسين الاثنين. وبحث الجانبان "
     "الأوضاع في المنطقة.", [], []),
    ("negative", "ar", "عاد قيس الخزعلي إلى بغداد الجمعة. والتقى المبعوث الزائر رئيس الوزراء "
     "محمد شياع السوداني.", [], []),
]


def _entity_at(doc: dict[str, Any], text: str, surface: str) -> str | None:
    """The id of the entity with a mention over the first occurrence of *surface*."""
    if ":" in surface and " " not in surface:
        return surface
    at = text.find(surface)
    if at < 0:
        return None
    for e in doc["entities"]:
        for a, b in e.get("mentions") or []:
            if a < at + len(surface) and at < b:
                return e["id"]
    return None


def _key(typ: str, a: str | None, b: str | None) -> tuple[str, str | None, str | None]:
    if typ == "MET_WITH" and a is not None and b is not None and b < a:
        a, b = b, a
    return (typ, a, b)


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    ex = RuleExtractor()
    tally = RecallTally()
    for kind, lang, text, must, allowed in CASES:
        doc = ex.extract(text, lang=lang)
        got = {_key(r["type"], r["source"], r["target"]) for r in doc["relations"]
               if r["type"] in CORE}
        want = {_key(t, _entity_at(doc, text, a), _entity_at(doc, text, b)) for t, a, b in must}
        ok = {_key(t, _entity_at(doc, text, a), _entity_at(doc, text, b)) for t, a, b in allowed}
        tally.add(f"{kind}/{lang}", text, want, got, ok, verbose)
    tally.print("kind", 20)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
