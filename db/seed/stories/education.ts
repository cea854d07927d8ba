import type { DemoStory } from "../types";

export const educationStories: DemoStory[] = [
  {
    key: "teacher-recruitment-2027",
    topics: ["education"],
    authors: ["mateo"],
    source: {
      name: "Boletín Oficial",
      url: "https://boletin.example.gov/2026/11/oferta-empleo-docente",
    },
    image: { motif: "columns", hue: 18, credit: "Archivo Heraldo" },
    publishedHoursAgo: 120,
    es: {
      title: "Educación convoca 1.020 plazas de profesorado para reforzar la Primaria y la FP",
      summary:
        "La oferta de empleo público docente, publicada en el Boletín Oficial, prioriza las especialidades con más interinidad. Los exámenes se celebrarán en junio y los nuevos docentes se incorporarán en septiembre de 2027.",
      body: `<p>El Ministerio de Educación ha convocado 1.020 plazas de profesorado en su oferta de empleo público para 2027, publicada en el <a href="https://boletin.example.gov/2026/11/oferta-empleo-docente">Boletín Oficial</a>. Es la mayor convocatoria de los últimos seis años y su objetivo es reducir la tasa de interinidad, que se sitúa actualmente en el 19 %, por debajo del 8 % antes de 2030.</p>
<h2>Reparto de las plazas</h2>
<ol>
<li>Educación Primaria: 430 plazas, con especial peso de inglés, educación física y pedagogía terapéutica.</li>
<li>Educación Secundaria y Bachillerato: 310 plazas, la mayoría en matemáticas, física y química y tecnología.</li>
<li>Formación Profesional: 180 plazas, sobre todo en las familias de electricidad, informática y comunicaciones, y sanidad.</li>
<li>Educación Especial y orientación: 100 plazas.</li>
</ol>
<p>El proceso seguirá el sistema de concurso-oposición. La fase de oposición incluirá una prueba de conocimientos de la especialidad y la defensa de una programación didáctica, mientras que en la fase de concurso se valorarán la experiencia docente y la formación acreditada.</p>
<p>«Queremos que el profesorado pueda planificar su vida y que los centros tengan equipos estables. La estabilidad es una condición para la calidad de la educación», afirmó el secretario general de Educación, Raúl Ortega, que también anunció que la convocatoria de 2028 se publicará con un año de antelación.</p>
<h2>Calendario</h2>
<p>El plazo de inscripción se abrirá en enero y durará 20 días hábiles. Los exámenes se celebrarán de forma simultánea en todas las provincias durante la segunda quincena de junio, y quienes obtengan plaza se incorporarán a los centros en septiembre de 2027, tras un periodo de prácticas tuteladas.</p>
<p>Los sindicatos docentes han valorado positivamente el número de plazas, aunque consideran insuficiente que la Educación Infantil no se incluya este año y piden que se reduzca el número de alumnos por aula en los centros de especial dificultad.</p>
<p>Como novedad, 120 de las plazas estarán vinculadas a colegios rurales agrupados y a escuelas de zonas poco pobladas, que llevan años sufriendo una elevada rotación de docentes. Quienes las obtengan deberán permanecer en ellas al menos cuatro cursos y recibirán un complemento de 250 euros mensuales, además de prioridad en el acceso a las viviendas para docentes que gestionan varios ayuntamientos de Sierra Alta. El ministerio confía en que la medida dé a las pequeñas escuelas de los pueblos la continuidad que las familias llevan tiempo reclamando.</p>
<p>La información completa sobre requisitos, temarios y tasas puede consultarse en el <a href="https://www.example.org/educacion/oposiciones-2027">portal de oposiciones docentes</a>.</p>`,
      imageCaption: "Ilustración: la fachada con columnas de un instituto público.",
      imageAlt: "Columnas clásicas en tonos terracota.",
      correction:
        "Corrección: una versión anterior de esta noticia indicaba que la oferta era de 1.200 plazas; son 1.020.",
    },
    en: {
      title: "Education ministry announces 1,020 teaching posts for primary and vocational schools",
      summary:
        "The teacher recruitment round, published in the Official Gazette, prioritises the subjects with the most temporary staff. Exams will be held in June and successful candidates will start in September 2027.",
      body: `<p>The Ministry of Education has announced 1,020 permanent teaching posts in its 2027 public recruitment round, published in the <a href="https://boletin.example.gov/2026/11/oferta-empleo-docente">Official Gazette</a>. It is the largest intake in six years and aims to bring the share of teachers on temporary contracts, currently 19%, below 8% by 2030.</p>
<h2>How the posts are distributed</h2>
<ol>
<li>Primary education: 430 posts, with a focus on English, physical education and special educational needs.</li>
<li>Secondary and sixth-form education: 310 posts, mostly in mathematics, physics and chemistry, and technology.</li>
<li>Vocational training: 180 posts, mainly in electrical engineering, IT and communications, and healthcare.</li>
<li>Special education and school guidance: 100 posts.</li>
</ol>
<p>Candidates will be selected through a combination of competitive exams and an assessment of merit. The exam stage includes a subject-knowledge test and the presentation of a teaching plan, while the merit stage takes account of teaching experience and recognised training.</p>
<p>"We want teachers to be able to plan their lives and schools to have stable teams. Stability is a precondition for quality education," said Raúl Ortega, secretary-general for education, who also announced that the 2028 round will be published a year in advance.</p>
<h2>Timetable</h2>
<p>Registration opens in January and will run for 20 working days. Exams will be held simultaneously in every province in the second half of June, and successful candidates will join their schools in September 2027 after a supervised probationary period.</p>
<p>Teaching unions welcomed the number of posts but criticised the absence of early-years education from this year's round, and called for smaller class sizes in schools facing particular challenges.</p>
<p>For the first time, 120 of the posts are tied to clustered rural schools and schools in sparsely populated areas, which have suffered from high staff turnover for years. Teachers who take them must stay for at least four school years and will receive an extra €250 a month, as well as priority access to teacher housing run by several councils in Sierra Alta. The ministry hopes the scheme will give small village schools the continuity that families have long been asking for.</p>
<p>Full details of requirements, syllabuses and fees are available on the <a href="https://www.example.org/educacion/oposiciones-2027">teacher recruitment portal</a>.</p>`,
      imageCaption: "Illustration: the columned facade of a state secondary school.",
      imageAlt: "Classical columns in terracotta tones.",
      correction:
        "Correction: an earlier version of this article said 1,200 posts had been announced; the correct figure is 1,020.",
    },
  },
  {
    key: "vocational-training-renewables",
    topics: ["education", "environment"],
    authors: ["daniel", "sofia"],
    source: {
      name: "Agencia Meridiano",
      url: "https://meridiano.example.com/2026/11/fp-energias-renovables",
    },
    image: { motif: "sun", hue: 52, credit: "Agencia Meridiano" },
    publishedHoursAgo: 260,
    es: {
      title: "La FP estrena 60 ciclos de energías renovables para cubrir la demanda de técnicos",
      summary:
        "Los nuevos cursos, en 48 institutos de todo el país, formarán a unos 1.800 alumnos al año en instalaciones solares, eólicas y de almacenamiento. Las empresas del sector calculan que faltan 14.000 técnicos cualificados.",
      body: `<p>Sesenta nuevos ciclos de Formación Profesional especializados en energías renovables comenzarán a impartirse el próximo curso en 48 institutos de todo el país. La oferta, aprobada por el Ministerio de Educación junto con las consejerías regionales, tendrá capacidad para unos 1.800 alumnos cada año.</p>
<p>La iniciativa responde a la falta de personal cualificado en el sector. Según la asociación empresarial de energías limpias, las empresas instaladoras necesitarán unos 14.000 técnicos más en los próximos tres años para atender los proyectos ya comprometidos de autoconsumo, parques eólicos y almacenamiento en baterías.</p>
<h2>Qué se estudiará</h2>
<p>Los nuevos títulos combinan la formación en el aula con un periodo en empresa que ocupará al menos un tercio del curso. Entre ellos figuran:</p>
<ul>
<li>Técnico en instalaciones fotovoltaicas y de autoconsumo (grado medio).</li>
<li>Técnico superior en mantenimiento de parques eólicos (grado superior).</li>
<li>Curso de especialización en almacenamiento de energía y redes inteligentes.</li>
<li>Curso de especialización en rehabilitación energética de edificios.</li>
</ul>
<p>Los centros recibirán 22 millones de euros para equipar talleres con paneles, inversores, baterías y simuladores de aerogeneradores. Catorce de los institutos seleccionados están en municipios de menos de 20.000 habitantes, cerca de las zonas donde se concentran los nuevos parques.</p>
<p>«La transición energética necesita manos, no solo inversiones. Queremos que un joven de un pueblo con un parque eólico pueda formarse y trabajar allí mismo», señaló la directora general de Formación Profesional, Beatriz Salcedo, durante una visita al instituto de Villanueva del Campo, uno de los primeros en impartir los nuevos estudios.</p>
<h2>Alta inserción laboral</h2>
<p>Los ciclos relacionados con la energía ya presentan una de las tasas de inserción más altas de la educación profesional: el 84 % de los titulados encuentra empleo en los seis meses siguientes a terminar sus estudios, según el último seguimiento del ministerio.</p>
<p>Los nuevos ciclos reservarán el 20 % de las plazas para personas adultas en paro o que quieran reorientar su carrera, con horarios de tarde y la posibilidad de cursar parte de los módulos a distancia. El ministerio quiere además aumentar la presencia de mujeres en un sector muy masculinizado: hoy solo el 9 % del alumnado de estas especialidades son alumnas, y se harán campañas en los institutos para cambiar esa tendencia. Las empresas que participan en las prácticas se han comprometido a ofrecer al menos 1.000 contratos de formación remunerados al año.</p>
<p>La preinscripción se abrirá en primavera. La lista de centros y titulaciones está publicada en el <a href="https://www.example.org/fp/renovables">portal de FP</a>.</p>`,
      imageCaption: "Ilustración: el sol sobre un taller de prácticas con paneles fotovoltaicos.",
      imageAlt: "Sol amarillo con rayos sobre fondo cálido.",
    },
    en: {
      title: "Vocational colleges launch 60 renewable energy courses to tackle skills shortage",
      summary:
        "The new courses, at 48 colleges across the country, will train around 1,800 students a year to install and maintain solar, wind and battery storage systems. Industry estimates a shortfall of 14,000 qualified technicians.",
      body: `<p>Sixty new vocational training courses specialising in renewable energy will start next academic year at 48 colleges across the country. The programme, approved by the Ministry of Education together with regional education departments, will have room for around 1,800 students a year.</p>
<p>The initiative responds to a shortage of skilled workers in the sector. According to the clean energy industry association, installers will need around 14,000 more technicians over the next three years to deliver projects already in the pipeline, from rooftop solar to wind farms and battery storage.</p>
<h2>What students will learn</h2>
<p>The new qualifications combine classroom teaching with a work placement that takes up at least a third of the course. They include:</p>
<ul>
<li>Solar photovoltaic and self-consumption installation (intermediate level).</li>
<li>Wind farm maintenance (advanced level).</li>
<li>A specialist course in energy storage and smart grids.</li>
<li>A specialist course in energy-efficient building retrofits.</li>
</ul>
<p>Colleges will receive €22 million to equip workshops with panels, inverters, batteries and wind turbine simulators. Fourteen of the selected colleges are in towns of fewer than 20,000 people, close to where new renewable installations are concentrated.</p>
<p>"The energy transition needs skilled hands, not just investment. We want a young person from a village with a wind farm to be able to train and work right there," said Beatriz Salcedo, director-general for vocational training, during a visit to the college in Villanueva del Campo, one of the first to offer the new courses.</p>
<h2>Strong job prospects</h2>
<p>Energy-related courses already have some of the highest employment rates in vocational education: 84% of graduates find work within six months of finishing, according to the ministry's latest follow-up survey.</p>
<p>The new courses will reserve 20% of places for unemployed adults or people looking to change careers, with evening timetables and the option of studying some modules remotely. The ministry also wants to bring more women into a heavily male-dominated field: only 9% of students in these specialisms are currently female, and awareness campaigns will be run in secondary schools to change that. Companies offering work placements have committed to providing at least 1,000 paid traineeships a year.</p>
<p>Pre-registration opens in the spring. The list of colleges and courses is available on the <a href="https://www.example.org/fp/renovables">vocational training portal</a>.</p>`,
      imageCaption: "Illustration: the sun over a training workshop fitted with solar panels.",
      imageAlt: "Yellow sun with rays on a warm background.",
    },
  },
  {
    key: "digital-skills-older-adults",
    topics: ["education", "culture"],
    authors: ["elena"],
    source: {
      name: "Prensa Austral",
      url: "https://prensaaustral.example.com/2026/10/mayores-competencias-digitales",
    },
    image: { motif: "circuit", hue: 285, credit: "Heraldo / Ilustración" },
    publishedHoursAgo: 400,
    es: {
      title: "Más de 35.000 mayores aprenden a usar el móvil y la banca en línea en las bibliotecas",
      summary:
        "El programa Conectados, que se imparte en 620 bibliotecas públicas, ha duplicado sus plazas este año. Los talleres enseñan a pedir cita médica, hacer videollamadas y protegerse de los fraudes por internet.",
      body: `<p>Más de 35.000 personas mayores de 65 años han participado este año en los talleres de competencias digitales del programa Conectados, que se imparten de forma gratuita en 620 bibliotecas públicas. La cifra duplica la del año anterior y supera el objetivo previsto por el Ministerio de Cultura, que coordina la iniciativa junto con los ayuntamientos.</p>
<p>Los cursos, de ocho sesiones de dos horas, se organizan en grupos reducidos de un máximo de doce alumnos. Los contenidos se centran en tareas cotidianas que hoy dependen del teléfono móvil: pedir cita en el centro de salud, consultar la cuenta del banco, hacer una videollamada con la familia o realizar trámites con la administración.</p>
<h2>Aprender a desconfiar</h2>
<p>Una de las sesiones más demandadas es la dedicada a la seguridad. Los participantes aprenden a reconocer mensajes fraudulentos, a no compartir contraseñas y a proteger su información personal. Según los datos del programa, el 70 % de los asistentes afirma haber recibido algún intento de estafa por teléfono o por correo electrónico en el último año.</p>
<p>«Muchas personas mayores sienten que el mundo ha cambiado de idioma sin avisarles. Aquí no se trata solo de tecnología, sino de autonomía y de comunicación con los suyos», explica Nieves Carrasco, bibliotecaria en San Telmo del Río y formadora del programa desde su primera edición.</p>
<h2>Voluntariado intergeneracional</h2>
<p>El programa cuenta con 1.300 voluntarios, la mitad de ellos estudiantes de Bachillerato y de Formación Profesional que pueden convalidar horas de servicio comunitario. La experiencia, según los coordinadores, beneficia a ambas partes: los jóvenes ganan paciencia y capacidad de explicación, y los mayores pierden el miedo a equivocarse.</p>
<p>Para el próximo año, el ministerio prevé ampliar los talleres a 900 bibliotecas e incorporar un módulo sobre el uso de la inteligencia artificial en la vida diaria. El programa forma parte del plan nacional de educación de adultos, que busca reducir la brecha digital en las zonas rurales.</p>
<p>Una encuesta realizada al terminar los cursos indica que el 91 % de los participantes se siente ahora capaz de pedir cita médica por sí mismo y que el 64 % ha empezado a hacer videollamadas con regularidad. Los formadores destacan también el efecto social de los talleres: muchos grupos siguen reuniéndose en la biblioteca una vez terminado el curso para resolver dudas entre ellos.</p>
<p>Las inscripciones se realizan directamente en cada biblioteca. La lista de centros participantes está disponible en la <a href="https://www.example.org/cultura/conectados">web del programa Conectados</a>.</p>`,
      imageCaption: "Ilustración: circuitos de colores que evocan la pantalla de un teléfono móvil.",
      imageAlt: "Líneas de circuito en tonos morados.",
    },
    en: {
      title: "More than 35,000 older people learn smartphone and online banking skills at libraries",
      summary:
        "The Conectados programme, run in 620 public libraries, doubled its places this year. Its workshops teach older people to book medical appointments, make video calls and protect themselves from online fraud.",
      body: `<p>More than 35,000 people over 65 have taken part this year in digital skills workshops run by the Conectados programme, offered free of charge in 620 public libraries. That is twice last year's figure and above the target set by the Ministry of Culture, which coordinates the initiative with local councils.</p>
<p>Courses consist of eight two-hour sessions in small groups of no more than twelve. They focus on everyday tasks that now depend on a smartphone: booking an appointment at the health centre, checking a bank account, making a video call to family or dealing with public services online.</p>
<h2>Learning to be suspicious</h2>
<p>One of the most popular sessions covers security. Participants learn to spot scam messages, avoid sharing passwords and protect their personal information. According to programme data, 70% of participants say they have received at least one attempted scam by phone or email in the past year.</p>
<p>"Many older people feel the world has switched language without telling them. This isn't just about technology; it's about independence and communication with the people they love," says Nieves Carrasco, a librarian in San Telmo del Río who has taught on the programme since it began.</p>
<h2>Young and old learning together</h2>
<p>The programme relies on 1,300 volunteers, half of them sixth-form and vocational students who can count the hours towards their community service. Coordinators say both sides gain: young people learn patience and how to explain things clearly, and older learners lose their fear of making mistakes.</p>
<p>Next year the ministry plans to extend the workshops to 900 libraries and add a module on using artificial intelligence in daily life. The programme is part of the national adult education plan, which aims to narrow the digital divide in rural areas.</p>
<p>A survey carried out at the end of the courses found that 91% of participants now feel able to book a medical appointment on their own and 64% have started making video calls regularly. Trainers also point to the social side of the workshops: many groups keep meeting at the library after the course has ended to help one another with new questions.</p>
<p>People can sign up directly at their local library. The list of participating libraries is available on the <a href="https://www.example.org/cultura/conectados">Conectados website</a>.</p>`,
      imageCaption: "Illustration: colourful circuits evoking a smartphone screen.",
      imageAlt: "Circuit lines in shades of purple.",
    },
  },
  {
    key: "university-grants-record",
    topics: ["education", "economy"],
    authors: ["lucia"],
    source: {
      name: "Instituto Nacional de Estadística Pública",
      url: "https://inep.example.org/becas/curso-2026-2027",
    },
    image: { motif: "columns", hue: 228, credit: "Archivo Heraldo" },
    publishedHoursAgo: 560,
    es: {
      title: "Las becas universitarias llegan a un récord de 412.000 estudiantes este curso",
      summary:
        "El número de becarios crece un 9 % y la cuantía media alcanza los 2.950 euros. Casi la mitad de los beneficiarios son los primeros de su familia en acceder a la universidad, según la estadística del INEP.",
      body: `<p>Un total de 412.000 estudiantes universitarios reciben este curso una beca pública, un 9 % más que el anterior y la cifra más alta desde que existen registros, según la Estadística de Becas y Ayudas al Estudio publicada por el Instituto Nacional de Estadística Pública (INEP). Los becarios representan ya el 31 % de los matriculados en grados universitarios.</p>
<p>La cuantía media por estudiante se sitúa en 2.950 euros, 240 euros más que hace un año. El aumento se debe sobre todo a la subida de la ayuda vinculada a la residencia, que beneficia a quienes estudian lejos de su domicilio familiar y que ha pasado de 1.600 a 2.000 euros.</p>
<h2>Primera generación universitaria</h2>
<p>Uno de los datos más destacados del informe es el perfil de los beneficiarios: el 47 % son los primeros de su familia en cursar estudios universitarios. Entre ellos, las mujeres son mayoría (58 %) y la proporción es especialmente alta en las ramas de Ciencias de la Salud y de Educación.</p>
<p>«La beca es, para muchas familias, la diferencia entre que un hijo estudie o no estudie. Cada euro invertido aquí tiene un retorno enorme para el país», afirmó la directora general de Universidades, Clara Benítez, que recordó que el presupuesto destinado a becas ha crecido un 40 % en cinco años.</p>
<h2>Rendimiento académico</h2>
<p>La estadística también analiza los resultados: los estudiantes becados aprueban de media el 88 % de los créditos en los que se matriculan, cuatro puntos más que el conjunto del alumnado. El abandono en primer curso es del 11 % entre los becarios, frente al 16 % general.</p>
<p>Por territorios, el mayor porcentaje de becarios se registra en Sierra Alta (42 %) y en la costa de Valdemar (37 %), mientras que el menor corresponde a la capital (23 %). Los expertos del INEP relacionan estas diferencias con el nivel de renta y con la distancia a los campus.</p>
<p>El plazo para solicitar las becas del próximo curso se abrirá en marzo. Toda la información sobre requisitos y umbrales de renta puede consultarse en el <a href="https://www.example.org/educacion/becas">portal de becas del Ministerio de Educación</a>.</p>`,
      imageCaption: "Ilustración: las columnas del paraninfo de una universidad al atardecer.",
      imageAlt: "Columnas estilizadas en tonos azules.",
    },
  },
];
