# try/except/else/finally, exception groups (except*), raise forms.
try:
    pass
except:
    pass
try:
    risky()
except ValueError:
    handle()
except (TypeError, KeyError) as e:
    handle(e)
except Exception as exc:
    raise
else:
    ok()
finally:
    cleanup()
try:
    pass
finally:
    pass
try:
    pass
except E:
    pass
finally:
    pass
try:
    pass
except* ValueError:
    pass
except* (TypeError, OSError) as eg:
    pass
else:
    pass
finally:
    pass
try:
    pass
except *KeyError as e:
    pass
raise
raise ValueError
raise ValueError('bad')
raise ValueError('bad') from None
raise ValueError('bad') from exc
raise type(e)(*e.args) from e
def f():
    try:
        return 1
    except Exception:
        return 2
    finally:
        print('finally')
try:
    try:
        pass
    except A:
        pass
except B:
    pass
