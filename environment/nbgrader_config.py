# nbgrader's configuration for the Java notebooks: copy it into the course folder (see README.md,
# "Grading with nbgrader"). nbgrader is kernel-agnostic: it runs each notebook with its own kernel (JJava, "java").
c = get_config()  # noqa: F821 (nbgrader provides get_config)

c.CourseDirectory.course_id = "backprop"

# Solution regions are Java comments; nbgrader matches these strings anywhere in a line.
c.ClearSolutions.begin_solution_delimeter = "BEGIN SOLUTION"
c.ClearSolutions.end_solution_delimeter = "END SOLUTION"
# The stub that replaces a solution region in the student edition, by the kernelspec's language ("java").
# It compiles both as a statement of a cell and as the body of a method, and says what is missing.
c.ClearSolutions.code_stub = {"java": 'throw new UnsupportedOperationException("not done yet");'}
c.ClearSolutions.text_stub = "YOUR ANSWER HERE"
# Hidden tests: `// BEGIN HIDDEN TESTS` ... `// END HIDDEN TESTS` inside a test cell.
c.ClearHiddenTests.begin_test_delimeter = "BEGIN HIDDEN TESTS"
c.ClearHiddenTests.end_test_delimeter = "END HIDDEN TESTS"

# A Java kernel starts in a few seconds; the notebooks run in well under a minute each.
c.Execute.timeout = 600
c.Execute.startup_timeout = 120
