"""CL605 geo-code-system."""
from __future__ import annotations

from cablelint import tags
from cablelint.rule import WARNING, Hit, rule


@rule("CL605", "geo-code-system", WARNING)
def check(cable, options):
    """A geographic TAG is an ISO 3166 country code instead of the TAGS (FIPS 10-4 style) code (`RU` for Russia, `JP` for Japan).

    Why: State's geographic TAGS follow the older US (FIPS 10-4) codes, not ISO: Russia is RS,
    Japan JA, Germany GM, China CH, Spain SP. An ISO code either routes nowhere or, worse, to
    another country (ISO `AU` Australia is TAGS Austria; ISO `ES` Spain is TAGS El Salvador).
    Reported: two-letter tokens that are no TAGS code but the ISO code of a country (with its
    TAGS code); and valid TAGS codes that are the ISO code of another country *when the cable
    comes from a post in that other country and does not carry its TAGS code* (`CN` in a
    Beijing cable without `CH`). Never fixed automatically: `AU` and `ES` are valid TAGS codes.
    Basis: corpus usage [E]; cablemap's `RU`→`RS` normalisation [S]; State's use of FIPS codes
    is inferred from the codes [I] — hence a warning. Codes posts used consistently for years
    are TAGS codes, not ISO slips (`NA` Netherlands Antilles from The Hague, `YE` from Sanaa,
    `UR` Soviet Union and `MW` Montenegro before FIPS 10-4 changed them, `VZ`; corpus counts in
    lint/data/geo-state.txt); `NA` in a cable from Windhoek is still judged. A code FIPS 10-4
    later dropped or moved is judged by the cable's date (`GE` West Germany in a 1988 Bonn
    cable, `CZ` Czechoslovakia in 1989 Prague cables; lint/data/geo-historical.txt). The message
    does not guess the country meant: it gives the ISO reading and, for such a code, its old
    meaning (`GE` after 1990 was written for Germany, GM, as well as for Georgia, GG; `VN` in a
    La Paz cable meant Venezuela, VE, not Vietnam, VM). Where one letter misread in copying
    (`D` for `O`, `0` for `O`, as re-keyed and OCR'd texts of `cables.csv` have them) turns the
    token into a TAGS code, the message gives that reading too (`SD` in a re-keyed 1985
    Mogadishu cable: ISO Sudan, or SO, Somalia, misread).

    Bad:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU RU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.
    ---
        S E C R E T N O F O R N MOGADISHU 01643

        E.O. 12356:  DECL:  OADR
        TAGS:  PREL, SD, UR, US
        SUBJECT:  REPORT OF SOMALI OVERTURE T0 SOVIETS

        1.  (SECRET/NOFORN/WNINTEL/NO CONTRACT/ORCON-ENTIRE TEXT)

    Good:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU RS
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.
    ---
        C O N F I D E N T I A L THE HAGUE 002136

        E.O. 12958: DECL: 08/01/2015
        TAGS: PREL PHUM EPET NA NL
        SUBJECT: TALKS

        Classified By: Ambassador Clifford Sobel, reasons 1.4 (b) and (d).

        1. (C) Text.
    """
    voc = tags.vocabulary()
    for item in tags.items_of(cable):
        problem = item.problem
        if problem is None:
            continue
        if problem in ("iso", "iso-context") and tags.historical_country(item.token, cable.date):
            continue  # the code was this country's TAGS code on the cable's date
        if problem == "iso" and item.iso is not None:
            # the ISO reading is one guess among others: `NA` in a Hague cable means the
            # Netherlands Antilles, `GE` after 1990 mostly Germany (its old code), `VN` in a La Paz
            # cable Venezuela; so the message offers the readings and asserts none
            former = tags.former_country(item.token)
            old = (f"it was the TAGS code of {former[0]} until {former[1]}; " if former else "")
            misread = tags.misread_country(item.token)
            copied = (f"; with one letter misread in copying it would be {misread[0]} "
                      f"({misread[1]})" if misread else "")
            yield Hit(tags.span_of(cable, item), f"TAGS {item.token} is not a TAGS country code; "
                                       f"{old}as an ISO code it is {item.iso.country}, whose TAGS "
                                       f"code is {item.iso.tags_code}{copied}; write the TAGS code "
                                       f"of the country meant",
                      key=f"tag {item.token}")
        elif problem == "iso-context" and item.iso is not None:
            meant = voc.geographic.get(item.token, "another country")
            yield Hit(tags.span_of(cable, item), f"TAGS {item.token} is {meant} in TAGS codes but the ISO "
                                       f"code for {item.iso.country}, where the cable comes from; "
                                       f"the TAGS code for {item.iso.country} is {item.iso.tags_code}",
                      key=f"tag {item.token}")
