import sys

from telerecouv.cli import main

sys.exit(main())
