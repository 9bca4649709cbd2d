# SPDX-License-Identifier: GPL-3.0-or-later
"""The sentence split that gives the Wikinews records of gold/dyad-gold.json their ids (wn19-AAAA-SS: sentence SS of
article AAAA, the dateline being sentence 0). Run from the repository root: python3 gold/split_wn.py checks that every
Wikinews record's text is the sentence its id names (all but ten early records, whose stories were not used for the
whole-story set)."""
import json,re,sys
ABBR=set("Mr Mrs Ms Dr St".split())  # the rule the first gold records were split with
def split_par(p):
    p=re.sub(r'\s+',' ',p).strip()
    out=[];start=0
    for m in re.finditer(r'[.!?]["”’\')]*\s+(?=["“‘(]?[A-Z0-9])',p):
        cand=p[start:m.end()].strip()
        w=re.findall(r'(\S+)[.!?]["”’\')]*\s*$',cand)
        if w:
            last=w[0].rstrip('.')
            if last in ABBR or re.fullmatch(r'[A-Z]',last) or re.fullmatch(r'(?:[A-Z]\.)+[A-Z]?',last+'.') and len(last)<=4:
                continue
        out.append(cand);start=m.end()
    if start<len(p): out.append(p[start:].strip())
    return [s for s in out if s]
def sentences(text):
    out=[]
    for par in re.split(r'\n\s*\n',text):
        if par.strip(): out.extend(split_par(par))
    return out
if __name__=='__main__':
    g=json.load(open('gold/dyad-gold.json'))
    arts={json.loads(l)['id']:json.loads(l) for l in open('../shared/corpora/wikinews-2019.jsonl')}
    ok=bad=0
    for r in g:
        if not r['id'].startswith('wn19'): continue
        ss=sentences(arts[r['source_doc']]['text']); i=int(r['id'].split('-')[2])
        if i<len(ss) and ss[i]==r['text']: ok+=1
        else:
            bad+=1
            if bad<12: print(r['id'],'|',r['text'][:100],'||',ss[i][:100] if i<len(ss) else None)
    print(ok,bad)
