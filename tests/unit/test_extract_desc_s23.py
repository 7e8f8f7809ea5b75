"""A description in place of a name as an argument of a core relation, session 23 (``desc``).
Our own sentences, not taken from any dev set.

- "the" and a run of qualifiers before a title with no name ("the new speaker", "the former
  minister", "the influential cleric") is a description (``desc_qualified.the_qualified_en``),
  kept only when the article backs it (``backed_description``): "the new X" is the incoming
  holder of a replacement told in the last sentences, "the former X" the outgoing one, another
  qualifier someone named before with that very title word. Not "the new speaker" when the
  article tells no replacement (two candidates named, none said to take over), not "the
  influential cleric" when no cleric was named.
- Replacement cues for "the new X" / "the premier" (``coreference._replaced_by``): "X takes /
  took over from Y" (``_over_from``; "over" right before "from"), the present "X replaces /
  succeeds Y"; of a chain ("X replaces Y, who had himself taken over from Z") the latest
  incoming one. "the former premier" is then Y, not X.
- A description right after the meeting verb is its object though lower-case words stand
  between "the" and the title ("who met the junta leader", ``close_description_en`` in
  ``subjects._close_object``); not "met the families of the junta leader".
- English "the prince" / "the minister" whose title word one person named earlier in the same
  sentence bears ("Bagheri had hosted Prince X ...; the prince was also received by Y"):
  that person (``desc_same_sentence.same_title_antecedent``), not someone of an earlier
  sentence; not when two people of the sentence bear it, not the sentence's first person ("X,
  who had welcomed the minister, ...").
- A head word ("the Ghanaian diplomat", "the envoy") and a person the gazetteer says nothing
  about: the titles the article gave him decide (``desc_article_titles.titled_in_article``,
  in ``description_fit.fits_title``): "Field Marshal X" is no diplomat, "Y, a veteran Ghanaian
  diplomat," may be "the envoy" (a diplomat now fits "envoy"); "Colonel Z" is no envoy.
- More replacements for "the new X": "appointed X as prime minister in replacement of Y"; the
  rival beaten is no incoming holder ("X won 160 votes against W, succeeding Y": X, not W;
  ``coreference._EN_RIVAL_CUES``); a "The new premier met Z" opening is left to the backed
  description, not to the previous sentence's subject (``meetings_en.described_subject_en``).
- "succeeding Y" after a comma with no one named in the 20 words before: the sentence's
  first person, its subject ("X, who held the post in 2008-2013, won ... against W, succeeding
  Y"; ``coreference._replaced_by``); "the new speaker" resolved to a deputy speaker named
  since is the one incoming holder given that title ("elected X as speaker", "Speaker X";
  ``desc_qualified._titled_as``); not when the incoming one was elected to another post.
- "the new X" is also the one person the last sentences say took that office ("Y was sworn
  in as president of the region. ... met the new president": ``_took_office_as``); not one
  sworn in to another post.
- Arabic "الضيف" + a nationality adjective is a description (``lexicon.AR_TITLES``): the visitor
  of that nationality named before ("والتقى الضيف الإيراني Y", "كما التقى الضيف الفلسطيني
  Y"); no name after it (``title_holders``: "التقى الضيف الإيراني بالكاظمي" keeps الكاظمي); not
  "ضيف العراق X" (indefinite, a country after it: ``title_phrase.AR_GUEST``).
- "The two heads of state held a one-on-one meeting", "The two leaders did meet, however,":
  the two people named before (``meetings_en.plural_anaphora_en``: "heads of state / government"
  as the group noun, "did" before the verb); not "did not meet", not a phone call.
- A place after the title ends it ("received the new speaker at the Government Palace":
  ``titles``, no "of the" body), so the description is read.
"""

import pytest

from tests.extract_support import MW, SO, assert_relations

WETANGULA, MUTURI, RUTO = "person:moses-wetangula", "person:justin-muturi", "person:william-ruto"
VAHIDI, FAZLI = "person:ahmad-vahidi", "person:abdolreza-rahmani-fazli"
LARIJANI = "person:ali-larijani"
SISTANI, KADHIMI = "person:ali-al-sistani", "person:mustafa-al-kadhimi"
ABDUL_MAHDI = "person:adil-abdul-mahdi"
SUDANI, QAANI = "person:mohammed-shia-al-sudani", "person:esmail-qaani"
BREIK, MUBARAK, ABDULMALIK, ALIMI = "person:salem-bin-breik", "person:ahmed-awad-bin-mubarak", \
    "person:maeen-abdulmalik", "person:rashad-al-alimi"
MIN_AUNG, ALOUNKEO = "person:min-aung-hlaing", "person:alounkeo-kittikhoun"
MOUSAVI, ABBASI = "person:abdolrahim-mousavi", "person:thabet-al-abbasi"
KBS, BAGHERI, KHAMENEI = "person:khalid-bin-salman", "person:mohammad-bagheri", \
    "person:ali-khamenei"
ARAGHCHI, FIDAN, FARHAN, ERDOGAN = "person:abbas-araghchi", "person:hakan-fidan", \
    "person:faisal-bin-farhan", "person:recep-tayyip-erdogan"
SALAMI = "person:hossein-salami"
BOATENG, MANSOURI, SAYEH = "person:kwame-asante-boateng", "person:tariq-mansouri", \
    "person:imad-sayeh"  # ("Sayeh" is no "Shaya": ش is no س in a new id, s71)
KINGI = "person:amason-kingi"
GOITA, AMAIGA, CMAIGA, DIOP = "person:assimi-goita", "person:abdoulaye-maiga", \
    "person:choguel-kokalla-maiga", "person:abdoulaye-diop"
SHOLLEI = "person:gladys-shollei"
_FAR = ("The Kenyan parliament on Thursday elected veteran lawmaker Moses Wetangula as {}. Moses "
        "Wetangula, who held the post in 2008-2013, won 160 votes in a runoff against Senator "
        "Amason Kingi, succeeding Justin Muturi. First Deputy Speaker Gladys Shollei chaired the "
        "session. Hours later, President William Ruto received the new speaker at the "
        "Government Palace.")
NECHIRVAN, ZARIF = "person:nechirvan-barzani", "person:mohammad-javad-zarif"
_SWORN = ("Nechirvan Barzani was sworn in as {} of the Kurdistan region on Monday. Iranian "
          "Foreign Minister Mohammad Javad Zarif flew to Erbil for the ceremony and met the new "
          "president afterwards.")
SALAM, HINDI, RASHID = "person:nawaf-salam", "person:mohammed-al-hindi", \
    "person:abdul-latif-rashid"
SOLEIMANI, US = "person:qasem-soleimani", "country:united-states"
ALIYEV, PASHINYAN = "person:ilham-aliyev", "person:nikol-pashinyan"
_SHUSHA = ("Turkish President Recep Tayyip Erdogan arrived in Shusha on June 15 at the invitation "
           "of Azerbaijani President Ilham Aliyev. ")
PEZESHKIAN, RAISI, HANIYEH = "person:masoud-pezeshkian", "person:ebrahim-raisi", \
    "person:ismail-haniyeh"

# (name, lang, text, must, must_not)
CASES = [
 ("new_speaker_en", "en", "The Kenyan parliament on Monday elected veteran lawmaker Moses "
  "Wetangula as speaker, succeeding Justin Muturi. Hours later, President William Ruto "
  "received the new speaker at State House.", [MW(WETANGULA, RUTO)], [MW(MUTURI, RUTO)]),
 ("new_speaker_later_sentence_en", "en", "The Kenyan parliament elected Moses Wetangula as "
  "speaker. Wetangula won 160 votes, succeeding Justin Muturi. The next day the new speaker "
  "met President William Ruto.", [MW(WETANGULA, RUTO)], [MW(MUTURI, RUTO)]),
 ("new_president_sworn_en", "en", "Masoud Pezeshkian was sworn in as president on Tuesday, "
  "succeeding Ebrahim Raisi. Ismail Haniyeh held talks with the new president after the "
  "ceremony.", [MW(HANIYEH, PEZESHKIAN)], [MW(HANIYEH, RAISI)]),
 ("new_minister_replacing_en", "en", "Ahmad Vahidi was appointed Iran's interior minister in "
  "2021, replacing Abdolreza Rahmani Fazli. The new minister met Ali Larijani in Tehran a "
  "week later.", [MW(VAHIDI, LARIJANI)], [MW(FAZLI, LARIJANI)]),
 ("new_speaker_no_replacement_en", "en", "Moses Wetangula and Justin Muturi attended the "
  "session. Hours later, President William Ruto received the new speaker at State House.",
  [], [MW(WETANGULA, RUTO), MW(MUTURI, RUTO)]),
 ("influential_cleric_en", "en", "Grand Ayatollah Ali al-Sistani rarely receives politicians. "
  "Mustafa al-Kadhimi visited Najaf on Monday, and the influential cleric received him at "
  "his home.", [MW(SISTANI, KADHIMI)], []),
 ("influential_cleric_unnamed_en", "en", "Adel Abdul Mahdi spoke by phone with reporters. "
  "On Monday the influential cleric received Mustafa al-Kadhimi in Najaf.", [],
  [MW(ABDUL_MAHDI, KADHIMI)]),
 ("took_over_from_new_en", "en", "Oct 2022: Mohammed Shia al-Sudani takes over from Mustafa "
  "al-Kadhimi. Esmail Qaani holds talks with the new premier in Baghdad weeks later.",
  [MW(QAANI, SUDANI)], [MW(QAANI, KADHIMI)]),
 ("took_over_from_plain_en", "en", "In May, Mohammed Shia al-Sudani took over from Mustafa "
  "al-Kadhimi as prime minister. Weeks later Esmail Qaani met the premier in Baghdad.",
  [MW(QAANI, SUDANI)], [MW(QAANI, KADHIMI)]),
 ("took_over_from_former_en", "en", "In May, Mohammed Shia al-Sudani took over from Mustafa "
  "al-Kadhimi as prime minister. Weeks later Esmail Qaani met the former premier in Najaf.",
  [MW(QAANI, KADHIMI)], [MW(QAANI, SUDANI)]),
 ("replaces_chain_en", "en", "The council named Salem bin Breik prime minister on Saturday. "
  "Mr bin Breik replaces Ahmed Awad bin Mubarak, who had himself taken over from Maeen "
  "Abdulmalik. Council chairman Rashad al-Alimi received the new premier in Aden on Sunday.",
  [MW(ALIMI, BREIK)], [MW(ALIMI, MUBARAK), MW(ALIMI, ABDULMALIK)]),
 ("junta_leader_object_en", "en", "Myanmar's junta chief, Senior General Min Aung Hlaing, "
  "received three envoys last year. In January it was the turn of Alounkeo Kittikhoun, a "
  "veteran Lao diplomat, who met the junta leader for more than an hour.",
  [MW(ALOUNKEO, MIN_AUNG)], []),
 ("army_chief_object_en", "en", "Iran's army chief, Major General Abdolrahim Mousavi, flew to "
  "Baghdad. On Monday Thabet al-Abbasi, the Iraqi defence minister, held talks with the army "
  "chief at the ministry.", [MW(ABBASI, MOUSAVI)], []),
 ("junta_leader_families_en", "en", "Myanmar's junta chief, Senior General Min Aung Hlaing, "
  "received three envoys last year. In January Alounkeo Kittikhoun met the families of the "
  "junta leader in Yangon.", [], [MW(ALOUNKEO, MIN_AUNG)]),
 ("prince_same_sentence_en", "en", "Mohammad Bagheri had hosted Prince Khalid bin Salman in "
  "Tehran, a rare visit; the prince was also received by President Masoud Pezeshkian.",
  [MW(KBS, PEZESHKIAN), MW(KBS, BAGHERI)], [MW(BAGHERI, PEZESHKIAN)]),
 ("prince_after_older_person_en", "en", "Guards commander Hossein Salami spoke on Sunday. "
  "Mohammad Bagheri hosted Saudi Defence Minister Prince Khalid bin Salman in April; the "
  "prince was also received by Supreme Leader Ali Khamenei.", [MW(KBS, KHAMENEI)],
  [MW(SALAMI, KHAMENEI)]),
 ("minister_two_in_sentence_en", "en", "Foreign Minister Abbas Araghchi met Foreign Minister "
  "Hakan Fidan and Foreign Minister Faisal bin Farhan in Ankara, and the minister was later "
  "received by President Recep Tayyip Erdogan.", [],
  [MW(FIDAN, ERDOGAN), MW(FARHAN, ERDOGAN)]),
 ("minister_first_person_en", "en", "Prince Khalid bin Salman flew to Tehran. Foreign Minister "
  "Abbas Araghchi, who had welcomed the minister at the airport, met President Masoud "
  "Pezeshkian.", [MW(ARAGHCHI, KBS)], [MW(KBS, PEZESHKIAN)]),
 ("diplomat_not_marshal_en", "en", "UN special envoy Kwame Asante Boateng arrived in Benghazi "
  "on Monday, where he was received by Field Marshal Tarek Mansouri. The Ghanaian diplomat "
  "met Emad Sayeh in Tripoli the next day.", [MW(BOATENG, SAYEH), MW(BOATENG, MANSOURI)],
  [MW(MANSOURI, SAYEH)]),
 ("envoy_apposed_diplomat_en", "en", "Kwame Asante Boateng, a veteran Ghanaian diplomat, "
  "arrived in Benghazi on Monday and was received by Field Marshal Tarek Mansouri. The envoy "
  "met Emad Sayeh in Tripoli the next day.", [MW(BOATENG, SAYEH)], [MW(MANSOURI, SAYEH)]),
 ("envoy_not_colonel_en", "en", "Field Marshal Tarek Mansouri received Colonel Kwame Boateng "
  "in Benghazi on Monday. The envoy met Emad Sayeh in Tripoli the next day.", [],
  [MW("person:kwame-boateng", SAYEH), MW(MANSOURI, SAYEH)]),
 ("in_replacement_of_en", "en", "By decree, President Assimi Goita appointed General "
  "Abdoulaye Maiga as prime minister in replacement of Choguel Kokalla Maiga. On Friday the "
  "new premier met Foreign Minister Abdoulaye Diop.", [MW(AMAIGA, DIOP)],
  [MW(GOITA, DIOP), MW(CMAIGA, DIOP)]),
 ("rival_no_incoming_en", "en", "Senator Moses Wetangula won 160 votes against Senator Amason "
  "Kingi, succeeding Justin Muturi. Hours later, President William Ruto received the new "
  "speaker at State House.", [MW(WETANGULA, RUTO)], [MW(KINGI, RUTO), MW(MUTURI, RUTO)]),
 ("new_speaker_at_place_en", "en", "The Kenyan parliament on Monday elected Moses Wetangula "
  "as speaker, succeeding Justin Muturi. Hours later, President William Ruto received the new "
  "speaker at the Government Palace.", [MW(WETANGULA, RUTO)], [MW(MUTURI, RUTO)]),
 ("succeeding_far_subject_en", "en", _FAR.format("speaker"), [MW(WETANGULA, RUTO)],
  [MW(SHOLLEI, RUTO), MW(KINGI, RUTO), MW(MUTURI, RUTO)]),
 ("succeeding_far_other_post_en", "en", _FAR.format("foreign minister"), [],
  [MW(WETANGULA, RUTO), MW(SHOLLEI, RUTO), MW(KINGI, RUTO), MW(MUTURI, RUTO)]),
 ("sworn_in_as_new_en", "en", _SWORN.format("president"), [MW(ZARIF, NECHIRVAN)], []),
 ("sworn_in_other_post_en", "en", _SWORN.format("prime minister"), [],
  [MW(ZARIF, NECHIRVAN)]),
 ("guest_iranian_ar", "ar", "وصل وزير الخارجية الإيراني عباس عراقجي إلى بيروت مساء الأحد. وفي "
  "اليوم التالي التقى الضيف الإيراني رئيس الحكومة نواف سلام في السراي.",
  [MW(ARAGHCHI, SALAM)], []),
 ("guest_palestinian_ar", "ar", "وصل رئيس المكتب السياسي لحركة حماس إسماعيل هنية إلى طهران، "
  "واستقبله الرئيس مسعود بزشكيان عصر الثلاثاء. كما التقى الضيف الفلسطيني نائب الأمين العام "
  "لحركة الجهاد الإسلامي محمد الهندي.", [MW(HANIYEH, HINDI), MW(HANIYEH, PEZESHKIAN)],
  [MW(PEZESHKIAN, HINDI)]),
 ("guest_of_country_ar", "ar", "استقبل الرئيس الإيراني مسعود بزشكيان الرئيس العراقي عبد اللطيف "
  "رشيد في طهران. وقال بزشكيان إن الأمريكيين اغتالوا ضيف العراق الحاج قاسم سليماني.",
  [("ASSASSINATED_BY", SOLEIMANI, US)], [("ASSASSINATED_BY", RASHID, US)]),
 ("two_heads_of_state_en", "en", _SHUSHA + "The two heads of state held a one-on-one "
  "meeting.", [MW(ERDOGAN, ALIYEV)], []),
 ("two_leaders_did_meet_en", "en", "In 2023 Ilham Aliyev had been expected to meet Armenia's "
  "Prime Minister Nikol Pashinyan in Granada. The two leaders did meet, however, in Munich in "
  "February 2024.", [MW(ALIYEV, PASHINYAN)], []),
 ("two_leaders_did_not_meet_en", "en", _SHUSHA + "The two leaders did not meet, officials "
  "said.", [], [MW(ERDOGAN, ALIYEV)]),
 ("two_heads_of_state_phone_en", "en", "Turkish President Recep Tayyip Erdogan called "
  "Azerbaijani President Ilham Aliyev on Monday. The two heads of state spoke by phone for an "
  "hour.", [], [MW(ERDOGAN, ALIYEV)]),
]


@pytest.mark.parametrize("name,lang,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_desc(ex, name, lang, text, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)


def test_so_unchanged(ex):
    """The succession of the sentence itself is read as before."""
    doc = ex.extract(CASES[0][2], lang="en")
    assert_relations(doc, "so", [SO(WETANGULA, MUTURI)], [])
