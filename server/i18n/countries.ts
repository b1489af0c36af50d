// Country names in the reader's language. Datasets name countries by ISO 3166-1 alpha-3 code with
// an English name (countries.csv); Intl.DisplayNames names regions by alpha-2 code in any language
// the runtime's ICU knows (Node and Chromium ship Indonesian: CHN → Tiongkok, JPN → Jepang, KOR →
// Korea Selatan). One module for the server's sentences and the web views (which import this file
// directly: it uses nothing but Intl), so the table is kept once.
//
// English keeps the dataset's own name (it is the dataset's choice, "Viet Nam" or "Vietnam");
// Indonesian takes the runtime's name, and falls back to the dataset's name for a code that is not
// an ISO country (a user's own "EUN" for the European Union) or that the runtime cannot name.

/**
 * ISO 3166-1 alpha-3 → alpha-2, as five letters each (the 249 officially assigned codes, as Debian's
 * iso-codes lists them); a test checks it against that list where it is installed.
 */
const PAIRS =
  'ABWAW AFGAF AGOAO AIAAI ALAAX ALBAL ANDAD AREAE ARGAR ARMAM ASMAS ATAAQ ATFTF ATGAG AUSAU AUTAT ' +
  'AZEAZ BDIBI BELBE BENBJ BESBQ BFABF BGDBD BGRBG BHRBH BHSBS BIHBA BLMBL BLRBY BLZBZ BMUBM BOLBO ' +
  'BRABR BRBBB BRNBN BTNBT BVTBV BWABW CAFCF CANCA CCKCC CHECH CHLCL CHNCN CIVCI CMRCM CODCD COGCG ' +
  'COKCK COLCO COMKM CPVCV CRICR CUBCU CUWCW CXRCX CYMKY CYPCY CZECZ DEUDE DJIDJ DMADM DNKDK DOMDO ' +
  'DZADZ ECUEC EGYEG ERIER ESHEH ESPES ESTEE ETHET FINFI FJIFJ FLKFK FRAFR FROFO FSMFM GABGA GBRGB ' +
  'GEOGE GGYGG GHAGH GIBGI GINGN GLPGP GMBGM GNBGW GNQGQ GRCGR GRDGD GRLGL GTMGT GUFGF GUMGU GUYGY ' +
  'HKGHK HMDHM HNDHN HRVHR HTIHT HUNHU IDNID IMNIM INDIN IOTIO IRLIE IRNIR IRQIQ ISLIS ISRIL ITAIT ' +
  'JAMJM JEYJE JORJO JPNJP KAZKZ KENKE KGZKG KHMKH KIRKI KNAKN KORKR KWTKW LAOLA LBNLB LBRLR LBYLY ' +
  'LCALC LIELI LKALK LSOLS LTULT LUXLU LVALV MACMO MAFMF MARMA MCOMC MDAMD MDGMG MDVMV MEXMX MHLMH ' +
  'MKDMK MLIML MLTMT MMRMM MNEME MNGMN MNPMP MOZMZ MRTMR MSRMS MTQMQ MUSMU MWIMW MYSMY MYTYT NAMNA ' +
  'NCLNC NERNE NFKNF NGANG NICNI NIUNU NLDNL NORNO NPLNP NRUNR NZLNZ OMNOM PAKPK PANPA PCNPN PERPE ' +
  'PHLPH PLWPW PNGPG POLPL PRIPR PRKKP PRTPT PRYPY PSEPS PYFPF QATQA REURE ROURO RUSRU RWARW SAUSA ' +
  'SDNSD SENSN SGPSG SGSGS SHNSH SJMSJ SLBSB SLESL SLVSV SMRSM SOMSO SPMPM SRBRS SSDSS STPST SURSR ' +
  'SVKSK SVNSI SWESE SWZSZ SXMSX SYCSC SYRSY TCATC TCDTD TGOTG THATH TJKTJ TKLTK TKMTM TLSTL TONTO ' +
  'TTOTT TUNTN TURTR TUVTV TWNTW TZATZ UGAUG UKRUA UMIUM URYUY USAUS UZBUZ VATVA VCTVC VENVE VGBVG ' +
  'VIRVI VNMVN VUTVU WLFWF WSMWS YEMYE ZAFZA ZMBZM ZWEZW';

const ALPHA2: ReadonlyMap<string, string> = new Map(PAIRS.split(' ').map((p) => [p.slice(0, 3), p.slice(3)]));

/** The alpha-2 code of an alpha-3 code ('CHN' → 'CN'), or undefined for a code ISO does not assign. */
export const alpha2 = (iso3: string): string | undefined => ALPHA2.get(iso3.toUpperCase());

/** Languages the product speaks (server/i18n/lang.ts has the same two). */
type CountryLang = 'en' | 'id';

const namers = new Map<CountryLang, Intl.DisplayNames | null>();

function namer(lang: CountryLang): Intl.DisplayNames | null {
  if (!namers.has(lang)) {
    let n: Intl.DisplayNames | null = null;
    try {
      // fallback 'none': an unknown region gives undefined rather than its code.
      n = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    } catch {
      n = null;
    }
    namers.set(lang, n);
  }
  return namers.get(lang)!;
}

/**
 * The name of a country for a reader of `lang`: in English the dataset's name (`fallback`) when it
 * has one; in Indonesian the runtime's Indonesian name; else the dataset's name, else the code.
 */
export function countryName(lang: CountryLang, iso3: string, fallback?: string | null): string {
  const own = fallback != null && fallback !== '' ? fallback : null;
  if (lang === 'en' && own !== null) return own;
  const code = alpha2(iso3);
  let name: string | undefined;
  if (code !== undefined) {
    try {
      name = namer(lang)?.of(code);
    } catch {
      name = undefined;
    }
  }
  return name ?? own ?? iso3;
}
