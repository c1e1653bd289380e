for x in y:
 while x:
  with x:
   try:
    for x in y:
     while x:
      with x:
       try:
        for x in y:
         while x:
          with x:
           try:
            for x in y:
             while x:
              with x:
               try:
                for x in y:
                 while x:
                  with x:
                   try:
                    for x in y:
                     while x:
                      pass
                   finally:
                    pass
               finally:
                pass
           finally:
            pass
       finally:
        pass
   finally:
    pass
