# Non-ASCII identifiers (NFKC-normalised, PEP 3131) and text; columns count UTF-8 bytes.
café = 1
naïve = café + 1
π = 3.14159
Σ = sum([π, π])
日本語 = 'にほんご'
변수 = "한국어"
Ελληνικά = {'κλειδί': 'τιμή'}
ﬁle = 'ligature fi normalises to fi'
𝐛𝐨𝐥𝐝 = 'mathematical bold normalises to ASCII'
ℌ = 'black-letter H'
ǅ = 'titlecase digraph normalises to Dž'
ｆｕｌｌ = 'fullwidth letters'
_ñ = 1
def función(parámetro, *, clé=None):
    return parámetro
class Ünïcödé:
    атрибут = 'кириллица'
result = função = 'ok'
emoji_text = '😀🎉' + café.__class__.__name__
mixed = [ä for ä in 'äöü' if ä != 'ö']
f_unicode = f'{café}→{π:.2f}←{日本語!r}'
combining = 'é'  # e + combining acute in a string (kept as is)
éa = ea = 1
obj.属性 = 1
print(len('日本'), 日本語[0], π * 2)
