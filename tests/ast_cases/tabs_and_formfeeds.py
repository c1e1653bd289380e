# Indentation with tabs, tab-after-space consistent mixes, form feeds and odd blank lines.
if a:
	x = 1
	if b:
		y = 2
		z = 3
	else:
		pass
class C:
	def m(self):
		return 1

	
	# comment at tab indent
	def n(self):
		return 2

def after_formfeed():
    return 3
if c:
        eight_spaces = 1
if d:
    	space_then_tab = 1
    	if e:
    	    deeper = 2
x = [
	1,
  2,
		3]
while e:   
    pass   
    
