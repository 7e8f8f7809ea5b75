"""Session 70 (blind70d): sentences written for generalisation, not taken from any test set.

Each case: (name, text, relations that must be found, relations that must NOT be found).
- an honorific inside the brackets of a nom de guerre ("X (السيد محسن)") keeps it X's alias;
- "Y، الذي سبق X في رئاسة ..." / "وكان Y قد سبق X في منصب ...": X succeeded Y;
- "وكان X قد التقى Y، ... كما أجرى في مقر إقامته محادثات مع Z": X met Z, not Y;
- "X was received by H, and Z hosted him": X met Z, not H;
- a lede "An Israeli strike killed a senior adviser ... . Y, a general who ..., died":
  Y -> the agent;
- "..., but a source had no knowledge of such a meeting" / "إلا أن مصدراً قال إنه لا علم له
  بلقاء": no meeting.
"""

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import assert_relations

CASES = [
    # nom de guerre in brackets after an honorific
    ('alias_ar1', 'نعى الحزب القائد علي كركي (الشيخ محسن)، الذي ارتقى شهيداً في العدوان الصهيوني.',
     [('ASSASSINATED_BY', 'person:ali-karaki', 'country:israel')],
     [('ASSASSINATED_BY', 'person:mohsen', 'country:israel')]),
    ('alias_ar2', 'وشيّع الحزب القائد محمد ناصر (الحاج مهدي)، الذي استشهد في العدوان الصهيوني على سيارته.',
     [('ASSASSINATED_BY', 'person:mohammed-nasser', 'country:israel')],
     [('ASSASSINATED_BY', 'person:mahdi', 'country:israel')]),
    ('alias_ar3', 'ونعت المقاومة الإسلامية القائد طالب عبد الله (السيد سامي) الذي ارتقى شهيداً في '
     'العدوان الإسرائيلي على بلدة جويا.',
     [('ASSASSINATED_BY', 'person:taleb-abdallah', 'country:israel')],
     [('ASSASSINATED_BY', 'person:sami', 'country:israel')]),
    ('alias_en1', 'Hezbollah mourned its commander Mohammed Nasser (Hajj Abu Naameh), who was killed '
     'in an Israeli strike on his car.',
     [('ASSASSINATED_BY', 'person:mohammed-nasser', 'country:israel')],
     []),
    # the predecessor's verb "سبق"
    ('prec_ar1', 'وقال علي لاريجاني، الذي سبق محمد باقر قاليباف في رئاسة مجلس الشورى، إن البرلمان موحد.',
     [('SUCCESSOR_OF', 'person:mohammad-bagher-ghalibaf', 'person:ali-larijani')],
     []),
    ('prec_ar2', 'وكان محمد جواد ظريف قد سبق حسين أمير عبد اللهيان في منصب وزير الخارجية.',
     [('SUCCESSOR_OF', 'person:hossein-amir-abdollahian', 'person:mohammad-javad-zarif')],
     []),
    ('prec_ar3', 'وسبق حسن روحاني إبراهيم رئيسي في رئاسة الجمهورية.',
     [('SUCCESSOR_OF', 'person:ebrahim-raisi', 'person:hassan-rouhani')],
     []),
    ('prec_ar4', 'وكان ظريف قد سبق عراقجي إلى مسقط بيومين.',
     [],
     [('SUCCESSOR_OF', 'person:abbas-araghchi', 'person:mohammad-javad-zarif')]),
    ('prec_ar5', 'ولم يسبق عراقجي ظريف في أي منصب.',
     [],
     [('SUCCESSOR_OF', 'person:mohammad-javad-zarif', 'person:abbas-araghchi'),
      ('SUCCESSOR_OF', 'person:abbas-araghchi', 'person:mohammad-javad-zarif')]),
    ('prec_en1', 'Ali Larijani, who preceded Mohammad Bagher Ghalibaf as speaker of parliament, '
     'criticised the bill.',
     [('SUCCESSOR_OF', 'person:mohammad-bagher-ghalibaf', 'person:ali-larijani')],
     []),
    # "كما أجرى في ... محادثات مع Z" after "وكان X قد التقى Y"
    ('also_ar1', 'وكان عراقجي قد التقى أمير قطر تميم بن حمد، الذي رحب بالزيارة، كما أجرى في الديوان '
     'الأميري محادثات مع رئيس الوزراء محمد بن عبد الرحمن آل ثاني.',
     [('MET_WITH', 'person:abbas-araghchi', 'person:mohammed-bin-abdulrahman-al-thani'),
      ('MET_WITH', 'person:abbas-araghchi', 'person:tamim-bin-hamad-al-thani')],
     [('MET_WITH', 'person:mohammed-bin-abdulrahman-al-thani', 'person:tamim-bin-hamad-al-thani')]),
    ('also_ar2', 'وكان بزشكيان قد التقى رئيس الوزراء محمد شياع السوداني، الذي استقبله في المطار، ثم '
     'عقد في القصر الحكومي اجتماعاً مع وزير الخارجية فؤاد حسين.',
     [('MET_WITH', 'person:masoud-pezeshkian', 'person:fuad-hussein')],
     [('MET_WITH', 'person:fuad-hussein', 'person:mohammed-shia-al-sudani')]),
    ('also_en1', 'Araghchi met Emir Tamim bin Hamad on Monday and later held talks with Mohammed bin '
     'Abdulrahman Al Thani.',
     [('MET_WITH', 'person:abbas-araghchi', 'person:mohammed-bin-abdulrahman-al-thani')],
     [('MET_WITH', 'person:mohammed-bin-abdulrahman-al-thani', 'person:tamim-bin-hamad-al-thani')]),
    # "X was received by H, and Z hosted him"
    ('hosted_en1', 'Araghchi was received by President Bashar al-Assad on Sunday, and later Faisal '
     'Mekdad hosted him for lunch.',
     [('MET_WITH', 'person:abbas-araghchi', 'person:faisal-mekdad')],
     [('MET_WITH', 'person:bashar-al-assad', 'person:faisal-mekdad')]),
    ('hosted_en2', 'Masoud Pezeshkian flew to Baghdad on Wednesday. There he was welcomed by Prime '
     'Minister Mohammed Shia al-Sudani, and in the afternoon Fuad Hussein received him at the '
     'foreign ministry.',
     [('MET_WITH', 'person:fuad-hussein', 'person:masoud-pezeshkian')],
     [('MET_WITH', 'person:fuad-hussein', 'person:mohammed-shia-al-sudani')]),
    # a lede naming the victim in the next sentence, after a long apposition
    ('lede_en1', 'An Israeli drone strike killed a senior commander of Hezbollah near the border '
     'on Monday. Wissam al-Tawil, a veteran officer who had fought in Syria for a decade, died when '
     'a missile hit his car near Khirbet Selm.',
     [('ASSASSINATED_BY', 'person:wissam-al-tawil', 'country:israel')],
     []),
    ('lede_en2', 'An Israeli drone strike in southern Lebanon killed a senior commander of Hezbollah '
     'on Monday. Wissam al-Tawil, a veteran officer who had fought in Syria for a decade, died when '
     'a missile hit his car.',
     [('ASSASSINATED_BY', 'person:wissam-al-tawil', 'country:israel')],
     [('ASSASSINATED_BY', 'person:wissam-al-tawil', 'country:lebanon')]),
    ('lede_en3', 'A drone strike near Iraq\'s border with Syria killed a senior commander of Kataib '
     'Hezbollah on Sunday. Abu Baqir al-Saadi, a commander who ran the group\'s operations in Syria, '
     'was killed when two drones hit his car.',
     [],
     [('ASSASSINATED_BY', 'person:abu-baqir-al-saadi', 'country:syria')]),
    # a later clause without knowledge of the meeting
    ('unknown_ar1', 'وذكرت صحف عربية أن عراقجي التقى أيضاً خليل الحية في الدوحة، إلا أن مصدراً '
     'دبلوماسياً قال إنه لا علم له بلقاء من هذا النوع.',
     [],
     [('MET_WITH', 'person:abbas-araghchi', 'person:khalil-al-hayya')]),
    ('unknown_en1', 'Arab media reported that Araghchi also met Khalil al-Hayya in Doha, but a '
     'diplomat said he had no knowledge of any such meeting.',
     [],
     [('MET_WITH', 'person:abbas-araghchi', 'person:khalil-al-hayya')]),
    ('unknown_en2', 'Araghchi met Khalil al-Hayya in Doha on Monday, and officials said they had no '
     'knowledge of the ceasefire plan.',
     [('MET_WITH', 'person:abbas-araghchi', 'person:khalil-al-hayya')],
     []),
    ('unknown_ar2', 'والتقى عراقجي خليل الحية في الدوحة أمس، وقال مصدر إنه لا علم له بتفاصيل المحادثات.',
     [('MET_WITH', 'person:abbas-araghchi', 'person:khalil-al-hayya')],
     []),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_blind70d_sentence(name, text, must, must_not):
    doc = RuleExtractor().extract(text)
    assert_relations(doc, name, must, must_not)
