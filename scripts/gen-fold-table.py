#!/usr/bin/env python3
"""Prints the Latin folding tables of src/lexicon.rs (LATIN_C0, LATIN_1E, LATIN_MULTI)
from Python's Unicode database: each character's decomposition without combining marks,
else the base letter named in its Unicode name ("LATIN SMALL LETTER L WITH STROKE" -> l).
A digit stands for an entry of the multi-letter list; a space keeps the character.
Run: python3 scripts/gen-fold-table.py, and paste the output into src/lexicon.rs."""
import unicodedata as u, re
MULTI = {"AE":"ae","OE":"oe","THORN":"th","SHARP S":"ss","IJ":"ij","ENG":"ng","DZ":"dz","LJ":"lj","NJ":"nj","HV":"hv","OI":"oi","OU":"ou","ETH":"d","DOTLESS I":"i","KRA":"q","LONG S":"s","DOTLESS J":"j","TURNED":None}
specials=[]
def base(ch):
    d=u.normalize('NFKD',ch)
    d=''.join(c for c in d if not u.combining(c))
    if d and all('a'<=c.lower()<='z' for c in d): return d.lower()
    try: name=u.name(ch)
    except ValueError: return None
    m=re.match(r'LATIN (?:CAPITAL|SMALL) (?:LETTER|LIGATURE) (.+?)(?: WITH .*)?$',name)
    if not m: return None
    l=m.group(1)
    if len(l)==1: return l.lower()
    if l in MULTI: return MULTI[l]
    if re.fullmatch(r'[A-Z]{2}',l): return l.lower()
    if l.startswith('SMALL CAPITAL ') and len(l)==15: return l[-1].lower()
    return None
def table(lo,hi):
    out=[]
    for cp in range(lo,hi):
        b=base(chr(cp))
        if b is None: out.append(' ')
        elif len(b)==1: out.append(b)
        else:
            if b not in specials: specials.append(b)
            out.append(chr(ord('0')+specials.index(b)))
    return ''.join(out)
t1=table(0xC0,0x250); t2=table(0x1E00,0x1F00)
print('LATIN_C0 =',repr(t1)); print(len(t1)); print('LATIN_1E =',repr(t2)); print(specials)
